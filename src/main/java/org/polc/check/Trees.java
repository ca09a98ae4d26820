package org.polc.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Generic walking of trees made of records, syntax and checked alike: {@link Nesting} measures
 * their depth and {@link Limits} their size without a case per node type, so a new node type is
 * counted the day it is added.
 */
final class Trees {

    private Trees() {}

    /** The values a component holds: the elements of a list, the content of an optional, else the value itself. */
    static List<Object> open(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            out.addAll(items);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(out::add);
        } else if (value != null) {
            out.add(value);
        }
        return out;
    }

    /** The values held by a node's record components, lists and optionals opened. */
    static List<Object> children(Record node) {
        List<Object> out = new ArrayList<>();
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            try {
                out.addAll(open(c.getAccessor().invoke(node)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
