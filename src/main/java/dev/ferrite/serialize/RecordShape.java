package dev.ferrite.serialize;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** How to take a record apart (its accessors) and build it again (its canonical constructor). */
final class RecordShape {
    private final Method[] accessors;
    private final Constructor<?> ctor;

    private RecordShape(Class<?> c) {
        RecordComponent[] comps = c.getRecordComponents();
        accessors = new Method[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            accessors[i] = comps[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = comps[i].getType();
        }
        try {
            ctor = c.getDeclaredConstructor(types);
            ctor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without a canonical constructor: " + c.getName(), e);
        }
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> c) {
            return new RecordShape(c);
        }
    };

    static RecordShape of(Class<?> c) {
        return SHAPES.get(c);
    }

    int arity() {
        return accessors.length;
    }

    Object get(Record r, int i) {
        try {
            return accessors[i].invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    Object make(Object[] args) {
        try {
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new DecodeException("a record's constructor rejected the data: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new DecodeException("cannot build a " + ctor.getDeclaringClass().getName() + ": " + e, e);
        }
    }
}
