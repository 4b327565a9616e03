/**
 * {@code charity-trust-change}: changes to a filed charitable trust — re-filing within seven days
 * of a change of trustee (《慈善法》 Art. 48) or of another change the 《慈善信托管理办法》 lists
 * (Art. 19), the grounds for replacing a trustee, and the rule that a trustee may not resign
 * unless the trust document allows it.
 */
package org.minzheng.charity.change;
