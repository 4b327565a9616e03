package org.minzheng.core.decision;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over the first {@code size} elements of an array that its owner hands
 * over and never writes again. {@link RuleContext} collects a decision's findings and values in
 * plain arrays and freezes them this way, so a decision costs one small object per non-empty
 * list instead of a list, its array and an unmodifiable wrapper.
 *
 * @param <T> the element type
 */
final class FrozenList<T> extends AbstractList<T> implements RandomAccess {

    private final Object[] elements;
    private final int size;

    private FrozenList(Object[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /**
     * @param elements the array, not written again by the caller
     * @param size     how many leading elements belong to the list
     * @param <T>      the element type
     * @return the list, {@link List#of()} when empty
     */
    static <T> List<T> of(Object[] elements, int size) {
        return size == 0 ? List.of() : new FrozenList<>(elements, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Appends to a growable array.
     *
     * @param array   the array, may be null (then one of {@code initial} elements is made)
     * @param size    the elements in use
     * @param element the element to append
     * @param initial the capacity of a new array
     * @return the array holding the element at {@code size} (the same one, or a larger copy)
     */
    static Object[] append(Object[] array, int size, Object element, int initial) {
        Object[] a = array;
        if (a == null) {
            a = new Object[initial];
        } else if (size == a.length) {
            a = java.util.Arrays.copyOf(a, size * 2);
        }
        a[size] = element;
        return a;
    }
}
