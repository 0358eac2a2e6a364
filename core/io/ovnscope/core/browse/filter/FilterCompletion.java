package io.ovnscope.core.browse.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What may come next in a filter at the caret, for a completion popup: field names where a term starts,
 * operators after a field, {@code has} after {@code actions}, action names after {@code has}, and
 * {@code and}/{@code or} after a complete term.
 *
 * @param from       0-based start of the text the chosen candidate replaces (the word being typed)
 * @param to         0-based end of it (the caret)
 * @param candidates what fits there and starts with what was typed, in the order to offer them
 */
public record FilterCompletion(int from, int to, List<String> candidates) {
    private static final List<String> OPERATORS = List.of("=", "!=", "~=", ">", "<", ">=", "<=");
    private static final List<String> JOINERS = List.of("and", "or");

    public FilterCompletion {
        candidates = List.copyOf(candidates);
    }

    /** The candidates at the caret of the text (the caret clamped into it). */
    public static FilterCompletion at(String text, int caret) {
        String typed = text == null ? "" : text;
        int end = Math.max(0, Math.min(caret, typed.length()));
        int start = end;
        while (start > 0 && wordChar(typed.charAt(start - 1))) {
            start--;
        }
        String prefix = typed.substring(start, end).toLowerCase(Locale.ROOT);
        List<FilterToken> before = FilterScanner.scan(typed.substring(0, start));
        List<String> fitting = new ArrayList<>();
        for (String candidate : expected(before)) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(prefix) && !candidate.equalsIgnoreCase(prefix)) {
                fitting.add(candidate);
            }
        }
        return new FilterCompletion(start, end, fitting);
    }

    private static List<String> expected(List<FilterToken> tokens) {
        int count = tokens.size() - 1;
        FilterToken last = count > 0 ? tokens.get(count - 1) : null;
        FilterToken beforeLast = count > 1 ? tokens.get(count - 2) : null;
        if (last == null || last.is(FilterToken.Kind.AND) || last.is(FilterToken.Kind.OR)
                || last.is(FilterToken.Kind.NOT) || last.is(FilterToken.Kind.OPEN)) {
            List<String> terms = new ArrayList<>(FlowFields.completionNames());
            terms.add("not");
            return terms;
        }
        if (last.is(FilterToken.Kind.WORD) && last.text().equals(FilterParser.ACTIONS)) {
            return List.of("has", "~=");
        }
        if (last.is(FilterToken.Kind.WORD) && last.text().equals("has") && beforeLast != null
                && beforeLast.text().equals(FilterParser.ACTIONS)) {
            return ActionNames.COMMON;
        }
        if (last.is(FilterToken.Kind.COMPARISON) || last.is(FilterToken.Kind.UNTERMINATED)) {
            return List.of();
        }
        boolean bareKey = last.is(FilterToken.Kind.WORD)
                && (beforeLast == null || !beforeLast.is(FilterToken.Kind.COMPARISON))
                && !(beforeLast != null && beforeLast.text().equals("has"));
        if (bareKey) {
            List<String> next = new ArrayList<>(OPERATORS);
            next.addAll(JOINERS);
            return next;
        }
        return JOINERS;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '/' || c == '+' || c == '-';
    }
}
