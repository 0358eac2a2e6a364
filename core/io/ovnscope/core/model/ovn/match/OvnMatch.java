package io.ovnscope.core.model.ovn.match;

import io.ovnscope.core.model.ovn.match.MatchToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads OVN's match language as Logical_Router_Policy and ACL matches use it: {@code ==}, {@code !=},
 * {@code <}, {@code <=}, {@code >}, {@code >=}, {@code !}, {@code &&}, {@code ||}, parentheses, sets in
 * braces, {@code $address_set} and {@code @port_group} names, quoted port names, IPv4/IPv6 addresses and
 * networks, MAC addresses, numbers, bare fields ({@code ip4}, {@code tcp}) and comments.
 * Recursive descent with a depth limit, so hostile input gives a message, not a stack overflow.
 */
public final class OvnMatch {
    private static final int MAX_DEPTH = 64;

    private final List<MatchToken> tokens;
    private int at;
    private int depth;

    private OvnMatch(List<MatchToken> tokens) {
        this.tokens = tokens;
    }

    /** Never throws: a match OVN would refuse (or this reader does not know) comes back as {@link ParsedMatch.Invalid}. */
    public static ParsedMatch parse(String text) {
        if (text == null) {
            return new ParsedMatch.Invalid("", 1, "no match text");
        }
        try {
            OvnMatch parser = new OvnMatch(MatchLexer.tokens(text));
            if (parser.peek().kind() == Kind.END) {
                throw new MatchSyntaxException(1, "the match is empty");
            }
            MatchExpression expression = parser.disjunction();
            MatchToken rest = parser.peek();
            if (rest.kind() != Kind.END) {
                throw new MatchSyntaxException(rest.column(), "expected '&&', '||' or the end but found "
                        + rest.describe());
            }
            return new ParsedMatch.Valid(text, expression);
        } catch (MatchSyntaxException e) {
            return new ParsedMatch.Invalid(text, e.column(), "column " + e.column() + ": " + e.getMessage());
        }
    }

    private MatchToken peek() {
        return tokens.get(at);
    }

    private MatchToken take() {
        MatchToken token = tokens.get(at);
        if (token.kind() != Kind.END) {
            at++;
        }
        return token;
    }

    private MatchExpression disjunction() {
        List<MatchExpression> terms = new ArrayList<>();
        terms.add(conjunction());
        while (peek().kind() == Kind.OR) {
            take();
            terms.add(conjunction());
        }
        return terms.size() == 1 ? terms.get(0) : new MatchExpression.Or(terms);
    }

    private MatchExpression conjunction() {
        List<MatchExpression> terms = new ArrayList<>();
        terms.add(unary());
        while (peek().kind() == Kind.AND) {
            take();
            terms.add(unary());
        }
        return terms.size() == 1 ? terms.get(0) : new MatchExpression.And(terms);
    }

    private MatchExpression unary() {
        MatchToken token = peek();
        if (++depth > MAX_DEPTH) {
            throw new MatchSyntaxException(token.column(), "nested more than " + MAX_DEPTH + " deep");
        }
        try {
            if (token.kind() == Kind.NOT) {
                take();
                return new MatchExpression.Not(unary());
            }
            if (token.kind() == Kind.LPAREN) {
                take();
                MatchExpression inner = disjunction();
                expect(Kind.RPAREN, "')' to close the '(' at column " + token.column());
                return inner;
            }
            return primary();
        } finally {
            depth--;
        }
    }

    private MatchExpression primary() {
        MatchToken token = take();
        if (token.kind() != Kind.WORD) {
            throw new MatchSyntaxException(token.column(), "expected a field, '!' or '(' but found "
                    + token.describe());
        }
        if (peek().kind() != Kind.RELATION) {
            if (token.text().equals("1") || token.text().equals("0")) {
                return new MatchExpression.Constant(token.text().equals("1"));
            }
            return new MatchExpression.FieldTest(field(token));
        }
        String field = field(token);
        MatchToken operator = take();
        Relation relation = relation(operator.text());
        return new MatchExpression.Comparison(field, relation, values(operator));
    }

    private static String field(MatchToken token) {
        String text = token.text();
        char first = text.charAt(0);
        if (!(Character.isLetter(first) || first == '_') || text.contains(":") || text.contains("/")) {
            throw new MatchSyntaxException(token.column(), "'" + text + "' is not a field name");
        }
        return text;
    }

    private static Relation relation(String symbol) {
        for (Relation relation : Relation.values()) {
            if (relation.symbol().equals(symbol)) {
                return relation;
            }
        }
        throw new IllegalStateException("the lexer only makes known relations");
    }

    private List<MatchValue> values(MatchToken operator) {
        if (peek().kind() != Kind.LBRACE) {
            return List.of(value(operator));
        }
        MatchToken open = take();
        List<MatchValue> values = new ArrayList<>();
        if (peek().kind() == Kind.RBRACE) {
            throw new MatchSyntaxException(peek().column(), "an empty set '{}'");
        }
        values.add(value(open));
        while (peek().kind() == Kind.COMMA || peek().kind() != Kind.RBRACE && peek().kind() != Kind.END) {
            if (peek().kind() == Kind.COMMA) {
                take();
            }
            values.add(value(open));
        }
        expect(Kind.RBRACE, "'}' to close the set at column " + open.column());
        return values;
    }

    private MatchValue value(MatchToken after) {
        MatchToken token = take();
        switch (token.kind()) {
            case STRING -> {
                return new MatchValue.StringValue(token.text());
            }
            case SET -> {
                return new MatchValue.SetReference(token.text().charAt(0), token.text().substring(1));
            }
            case WORD -> {
                Optional<MatchValue> constant = MatchValue.constant(token.text());
                return constant.orElseThrow(() -> new MatchSyntaxException(token.column(),
                        "'" + token.text() + "' is not a constant (address, network, MAC, number, \"string\" or $set)"));
            }
            default -> throw new MatchSyntaxException(token.column(), "expected a value after '" + after.text()
                    + "' but found " + token.describe());
        }
    }

    private void expect(Kind kind, String what) {
        MatchToken token = take();
        if (token.kind() != kind) {
            throw new MatchSyntaxException(token.column(), "expected " + what + " but found " + token.describe());
        }
    }
}
