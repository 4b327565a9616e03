/**
 * Rules several social-assistance programs share: household membership (Art. 7), counted
 * income (Art. 13), property limits (Art. 14), and the domain checks on household facts.
 */
package org.minzheng.eligibility.rules;
