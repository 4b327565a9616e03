package org.minzheng.eldercare.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of a home-care-nurse decision: the criteria applied (null where not configured).
 *
 * @param minTrainingHours   the least training hours required
 * @param minSkillGrade      the least skill grade required
 * @param minServiceHours    the least home-service hours a month required
 */
@JsonPropertyOrder({"minTrainingHours", "minSkillGrade", "minServiceHours"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HomeCareNurseResult(
        Integer minTrainingHours, CareWorkerSkillGrade minSkillGrade, Integer minServiceHours) {}
