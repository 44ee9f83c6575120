package dev.ferrite.syntax;

/**
 * The kinds of tokens. Punctuation is glued as rustc's lexer glues it ({@code >>=} is one token);
 * the parser splits glued tokens where the grammar needs a prefix ({@code Vec<Vec<u8>>}).
 */
public enum TokenKind {
    IDENT(null), LIFETIME(null), LITERAL(null), DOC_COMMENT(null), EOF(null),
    OPEN_PAREN("("), CLOSE_PAREN(")"), OPEN_BRACKET("["), CLOSE_BRACKET("]"), OPEN_BRACE("{"), CLOSE_BRACE("}"),
    EQ("="), LT("<"), LE("<="), EQEQ("=="), NE("!="), GE(">="), GT(">"), ANDAND("&&"), OROR("||"), NOT("!"),
    TILDE("~"), PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), CARET("^"), AND("&"), OR("|"),
    SHL("<<"), SHR(">>"), PLUSEQ("+="), MINUSEQ("-="), STAREQ("*="), SLASHEQ("/="), PERCENTEQ("%="),
    CARETEQ("^="), ANDEQ("&="), OREQ("|="), SHLEQ("<<="), SHREQ(">>="), AT("@"), DOT("."), DOTDOT(".."),
    DOTDOTDOT("..."), DOTDOTEQ("..="), COMMA(","), SEMI(";"), COLON(":"), PATHSEP("::"), RARROW("->"),
    LARROW("<-"), FATARROW("=>"), POUND("#"), DOLLAR("$"), QUESTION("?"), SINGLE_QUOTE("'");

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The punctuation as written, or null for tokens with their own text. */
    public String text() {
        return text;
    }

    public boolean isOpenDelim() {
        return this == OPEN_PAREN || this == OPEN_BRACKET || this == OPEN_BRACE;
    }

    public boolean isCloseDelim() {
        return this == CLOSE_PAREN || this == CLOSE_BRACKET || this == CLOSE_BRACE;
    }

    /** How a glued token splits into its first character and the rest, or null if it does not. */
    public TokenKind[] split() {
        return switch (this) {
            case SHR -> new TokenKind[]{GT, GT};
            case GE -> new TokenKind[]{GT, EQ};
            case SHREQ -> new TokenKind[]{GT, GE};
            case SHL -> new TokenKind[]{LT, LT};
            case LE -> new TokenKind[]{LT, EQ};
            case SHLEQ -> new TokenKind[]{LT, LE};
            case LARROW -> new TokenKind[]{LT, MINUS};
            case ANDAND -> new TokenKind[]{AND, AND};
            case ANDEQ -> new TokenKind[]{AND, EQ};
            case OROR -> new TokenKind[]{OR, OR};
            case OREQ -> new TokenKind[]{OR, EQ};
            case PATHSEP -> new TokenKind[]{COLON, COLON};
            case DOTDOT -> new TokenKind[]{DOT, DOT};
            case DOTDOTDOT -> new TokenKind[]{DOT, DOTDOT};
            case EQEQ -> new TokenKind[]{EQ, EQ};
            case FATARROW -> new TokenKind[]{EQ, GT};
            case NE -> new TokenKind[]{NOT, EQ};
            case RARROW -> new TokenKind[]{MINUS, GT};
            case PLUSEQ -> new TokenKind[]{PLUS, EQ};
            case MINUSEQ -> new TokenKind[]{MINUS, EQ};
            case STAREQ -> new TokenKind[]{STAR, EQ};
            case SLASHEQ -> new TokenKind[]{SLASH, EQ};
            case PERCENTEQ -> new TokenKind[]{PERCENT, EQ};
            case CARETEQ -> new TokenKind[]{CARET, EQ};
            default -> null;
        };
    }
}
