package io.ovnscope.collectors.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON face of core's model. Core carries no Jackson annotations, so the mapping rules live here:
 * records as objects, and every sealed interface written with a {@code "type"} property naming the
 * record, so a reader (human or script) can tell an {@code Output} action from a {@code Resubmit}.
 */
public final class ModelJson {
    private ModelJson() {
    }

    public static ObjectMapper mapper() {
        return reflective()
                .addModule(new SimpleModule("ovnscope-flows").addSerializer(new FlowJson()))
                .build();
    }

    /**
     * The mapping every model type gets by reflection alone; {@link #mapper()} adds the hand-written
     * writers of the types a big snapshot holds by the million, which must write the very same shape.
     */
    static JsonMapper.Builder reflective() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("ovnscope-model").addSerializer(new FlowStatsJson()))
                .annotationIntrospector(new SealedTypesNamed())
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** Gives every sealed interface of the model a type property, as if it were annotated. */
    private static final class SealedTypesNamed extends JacksonAnnotationIntrospector {
        @Override
        public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac, JavaType baseType) {
            Class<?> raw = baseType.getRawClass();
            if (raw.isInterface() && raw.isSealed()) {
                return new StdTypeResolverBuilder()
                        .init(JsonTypeInfo.Id.SIMPLE_NAME, null)
                        .inclusion(JsonTypeInfo.As.PROPERTY)
                        .typeProperty("type");
            }
            return super.findTypeResolver(config, ac, baseType);
        }
    }
}
