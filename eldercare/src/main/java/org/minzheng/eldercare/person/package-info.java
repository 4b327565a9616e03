/**
 * The older person as the service programs see them ({@link org.minzheng.eldercare.person.OlderPerson}),
 * and the vocabulary of their situation: the assistance status of the household
 * ({@link org.minzheng.core.person.AssistanceStatus}: 特困 / 低保 / 低保边缘), age bands,
 * the priority groups of 民发〔2023〕58号 and the situations a family care bed may be open to.
 *
 * <p>The assistance status is input vocabulary here, declared in this module so that eldercare
 * depends on core only; the social-assistance module decides it. It is the same vocabulary as
 * {@code org.minzheng.core.person.AssistanceStatus} (without 刚性支出困难) and belongs
 * in core once two modules share it.
 */
package org.minzheng.eldercare.person;
