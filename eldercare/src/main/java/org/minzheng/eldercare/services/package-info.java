/**
 * The eldercare service programs: {@code family-care-bed} (家庭养老床位), {@code meal-assistance}
 * (老年助餐), {@code home-adaptation} (适老化改造), {@code moderate-disability-care} (中度失能照护)
 * and {@code home-care-nurse} (专职居家养老护理员认定).
 *
 * <p>What the national texts give is coded with its citation: an older person is aged 60 or over
 * (老年人权益保障法 Art. 2); the priority groups of meal assistance (民发〔2023〕58号); the target
 * group of home adaptation (国办发〔2019〕5号); the ability levels of GB/T 42195-2022. The Zhejiang
 * and Huzhou criteria and amounts were not found (REFERENCE.md §6.3): they are parameters absent
 * from the official pack, so these programs decide UNDETERMINED and name the keys until an
 * integrator configures them. Where the texts do not even give the shape of a rule (which
 * situations a family bed is open to, how several meal rates combine), the shape is itself a
 * parameter; see {@code docs/eldercare.md}.
 */
package org.minzheng.eldercare.services;
