package org.minzheng.charity.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Optional} attribute for JSON: an empty value is left out on output and may be
 * left out or {@code null} on input; a present value is written as the value itself. See
 * {@link OptionalJson}.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonProperty
@JsonSerialize(using = OptionalJson.Writer.class)
@JsonDeserialize(using = OptionalJson.Reader.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public @interface JsonOptional {
}
