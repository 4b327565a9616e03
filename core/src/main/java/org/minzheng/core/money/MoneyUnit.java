package org.minzheng.core.money;

/**
 * The units a CNY amount can be rounded to: 分 (fen, 0.01), 角 (jiao, 0.10) and 元 (yuan, 1.00).
 */
public enum MoneyUnit {
    /** 分, one hundredth of a yuan. */
    FEN(1),
    /** 角, one tenth of a yuan. */
    JIAO(10),
    /** 元, one yuan. */
    YUAN(100);

    private final long fen;

    MoneyUnit(long fen) {
        this.fen = fen;
    }

    /**
     * Returns the size of this unit in fen.
     *
     * @return 1, 10 or 100
     */
    public long fen() {
        return fen;
    }
}
