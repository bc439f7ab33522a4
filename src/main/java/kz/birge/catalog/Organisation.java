package kz.birge.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A school, a national park, a youth programme: who runs activity plans. */
@Document("organisations")
public record Organisation(@Id String id, String name) {
}
