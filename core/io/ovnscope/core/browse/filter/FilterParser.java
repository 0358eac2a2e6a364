package io.ovnscope.core.browse.filter;

import java.util.List;

/**
 * Reads a filter into a {@link FilterExpr}: {@code or} binds loosest, then {@code and}, then {@code not};
 * parentheses group. Grammar:
 * <pre>
 *   filter  := or
 *   or      := and (("or" | "||") and)*
 *   and     := unary (("and" | "&&") unary)*
 *   unary   := ("not" | "!") unary | "(" or ")" | term
 *   term    := "actions" "has" NAME | "actions" "~=" VALUE | KEY [OP VALUE]
 * </pre>
 * Nesting is limited so a pasted wall of parentheses cannot overflow the stack.
 */
final class FilterParser {
    static final String ACTIONS = "actions";
    private static final int MAX_DEPTH = 200;
    private static final String TERM = "a field name, 'not' or '('";

    private final List<FilterToken> tokens;
    private int at;
    private int depth;

    private FilterParser(List<FilterToken> tokens) {
        this.tokens = tokens;
    }

    /** The tree of a non-blank filter text. */
    static FilterExpr parse(String text) throws FilterRefusal {
        FilterParser parser = new FilterParser(FilterScanner.scan(text));
        FilterExpr expr = parser.or();
        FilterToken last = parser.peek();
        if (!last.is(FilterToken.Kind.END)) {
            throw parser.refuse(last, last.is(FilterToken.Kind.CLOSE) ? "no ')' without its '('" : "'and', 'or' or the end");
        }
        return expr;
    }

    private FilterExpr or() throws FilterRefusal {
        FilterExpr left = and();
        while (peek().is(FilterToken.Kind.OR)) {
            at++;
            left = new FilterExpr.Or(left, and());
        }
        return left;
    }

    private FilterExpr and() throws FilterRefusal {
        FilterExpr left = unary();
        while (peek().is(FilterToken.Kind.AND)) {
            at++;
            left = new FilterExpr.And(left, unary());
        }
        return left;
    }

    private FilterExpr unary() throws FilterRefusal {
        FilterToken token = peek();
        if (++depth > MAX_DEPTH) {
            throw refuse(token, "at most " + MAX_DEPTH + " nested 'not' or '('");
        }
        try {
            if (token.is(FilterToken.Kind.NOT)) {
                at++;
                return new FilterExpr.Not(unary());
            }
            if (token.is(FilterToken.Kind.OPEN)) {
                at++;
                FilterExpr inner = or();
                FilterToken close = peek();
                if (!close.is(FilterToken.Kind.CLOSE)) {
                    throw refuse(close, "')' to close the '(' at column " + (token.start() + 1));
                }
                at++;
                return inner;
            }
            return term();
        } finally {
            depth--;
        }
    }

    private FilterExpr term() throws FilterRefusal {
        FilterToken key = peek();
        if (!key.is(FilterToken.Kind.WORD)) {
            throw refuse(key, TERM);
        }
        at++;
        if (key.text().equals(ACTIONS)) {
            return actions();
        }
        if (!peek().is(FilterToken.Kind.COMPARISON)) {
            return new FilterExpr.Present(key.text(), key.start());
        }
        FilterToken op = peek();
        at++;
        FilterToken value = value(op);
        return new FilterExpr.Compare(key.text(), key.start(), operator(op), value.text(), value.start());
    }

    private FilterExpr actions() throws FilterRefusal {
        FilterToken next = peek();
        if (next.is(FilterToken.Kind.WORD) && next.text().equals("has")) {
            at++;
            FilterToken name = peek();
            if (!name.is(FilterToken.Kind.WORD)) {
                throw refuse(name, "an action name after 'has' (output, resubmit, ct, drop...)");
            }
            at++;
            return new FilterExpr.ActionHas(name.text(), name.start());
        }
        if (next.is(FilterToken.Kind.COMPARISON) && next.text().equals("~=")) {
            at++;
            FilterToken text = value(next);
            return new FilterExpr.ActionText(text.text(), text.start());
        }
        throw refuse(next, "'has' or '~=' after 'actions'");
    }

    private FilterToken value(FilterToken op) throws FilterRefusal {
        FilterToken value = peek();
        if (value.is(FilterToken.Kind.UNTERMINATED)) {
            throw new FilterRefusal(new FilterError(value.start(), value.end(), "a closing '\"'", "end of filter"));
        }
        if (!value.is(FilterToken.Kind.WORD) && !value.is(FilterToken.Kind.STRING)) {
            throw refuse(value, "a value after '" + op.text() + "'");
        }
        at++;
        return value;
    }

    private FilterOp operator(FilterToken op) throws FilterRefusal {
        for (FilterOp candidate : FilterOp.values()) {
            if (candidate.text().equals(op.text())) {
                return candidate;
            }
        }
        if (op.text().equals("==")) {
            return FilterOp.EQUALS;
        }
        throw refuse(op, "one of = != < <= > >= ~=");
    }

    private FilterToken peek() {
        return tokens.get(at);
    }

    private FilterRefusal refuse(FilterToken token, String expected) {
        return new FilterRefusal(new FilterError(token.start(), token.end(), expected, token.described()));
    }
}
