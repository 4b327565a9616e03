/**
 * {@code child-allowance}: the basic living allowance of orphans (国务院办公厅关于加强孤儿保障工作的意见,
 * 2010) and of de-facto unsupported children (关于进一步加强事实无人抚养儿童保障工作的意见, 民发〔2019〕62号).
 * See {@link org.minzheng.eligibility.children.ChildAllowanceProgram}, including why the de-facto
 * child's standard is its own parameter rather than a value derived from the orphan standard.
 */
package org.minzheng.eligibility.children;
