package io.ovnscope.core.browse.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterCompletionTest {

    @Test
    void anEmptyFilterOffersFieldsAndNot() {
        FilterCompletion completion = FilterCompletion.at("", 0);
        assertThat(completion.candidates()).startsWith("table", "priority", "cookie", "n_packets")
                .contains("actions", "nw_dst", "reg0", "tcp", "not");
    }

    @Test
    void aStartedNameIsCompletedInPlace() {
        FilterCompletion completion = FilterCompletion.at("n_p", 3);
        assertThat(completion.candidates()).containsExactly("n_packets");
        assertThat(completion.from()).isZero();
        assertThat(completion.to()).isEqualTo(3);
    }

    @Test
    void afterACompleteTermOnlyJoinersFit() {
        assertThat(FilterCompletion.at("table=0 a", 9).candidates()).containsExactly("and");
        assertThat(FilterCompletion.at("table=0 ", 8).candidates()).containsExactly("and", "or");
    }

    @Test
    void afterAFieldComeOperatorsAndJoiners() {
        assertThat(FilterCompletion.at("tcp ", 4).candidates()).contains("=", "~=", "and").doesNotContain("table");
    }

    @Test
    void actionsLeadToHasThenToActionNames() {
        assertThat(FilterCompletion.at("actions h", 9).candidates()).containsExactly("has");
        FilterCompletion names = FilterCompletion.at("table=0 and actions has re", 26);
        assertThat(names.candidates()).containsExactly("resubmit");
        assertThat(names.from()).isEqualTo(24);
    }

    @Test
    void aValueIsNotGuessed() {
        assertThat(FilterCompletion.at("nw_dst=", 7).candidates()).isEmpty();
    }

    @Test
    void theCaretInTheMiddleCompletesTheWordBeforeIt() {
        FilterCompletion completion = FilterCompletion.at("(prio and tcp)", 5);
        assertThat(completion.candidates()).containsExactly("priority");
        assertThat(completion.from()).isEqualTo(1);
        assertThat(completion.to()).isEqualTo(5);
    }

    @Test
    void aCaretOutsideTheTextIsClamped() {
        assertThat(FilterCompletion.at("tab", 99).candidates()).containsExactly("table");
        assertThat(FilterCompletion.at(null, -4).candidates()).contains("table");
    }
}
