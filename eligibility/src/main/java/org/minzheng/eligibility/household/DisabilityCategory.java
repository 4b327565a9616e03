package org.minzheng.eligibility.household;

/** Category of disability on the disability certificate (残疾人证), GB/T 26341-2010. */
public enum DisabilityCategory {
    /** 视力残疾. */
    VISUAL,
    /** 听力残疾. */
    HEARING,
    /** 言语残疾. */
    SPEECH,
    /** 肢体残疾. */
    PHYSICAL,
    /** 智力残疾. */
    INTELLECTUAL,
    /** 精神残疾. */
    PSYCHIATRIC,
    /** 多重残疾. */
    MULTIPLE
}
