/**
 * The {@code deposit-withdrawal} program: a deceased depositor's small deposits withdrawn
 * without an inheritance notarisation (银保监办发〔2021〕18号; the NFRA and PBOC notice in force
 * 2024-06-01): who may, the dated limit per legal-person bank, what counts, funeral grants and
 * survivor pensions, and the transaction history.
 */
package org.minzheng.funeral.deposit;
