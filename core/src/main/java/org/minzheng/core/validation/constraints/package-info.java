/** Jakarta Validation constraints for minzheng's value types. */
package org.minzheng.core.validation.constraints;
