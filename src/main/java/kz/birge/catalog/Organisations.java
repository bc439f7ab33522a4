package kz.birge.catalog;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The organisations Birge serves; read often and changed rarely, so kept in a cache. */
@Service
public class Organisations {

	private final MongoTemplate mongo;

	private final LoadingCache<String, List<Organisation>> all;

	Organisations(MongoTemplate mongo) {
		this.mongo = mongo;
		this.all = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofMinutes(5))
			.build((key) -> this.mongo.findAll(Organisation.class)
				.stream()
				.sorted(Comparator.comparing(Organisation::name))
				.toList());
	}

	public List<Organisation> all() {
		return this.all.get("all");
	}

	/** The schools among them, the ones a student chooses from. */
	public List<Organisation> schools() {
		return all().stream().filter(Organisation::school).toList();
	}

	public Optional<Organisation> find(String id) {
		return all().stream().filter((organisation) -> organisation.id().equals(id)).findFirst();
	}

	public Organisation save(Organisation organisation) {
		Organisation saved = this.mongo.save(organisation);
		this.all.invalidateAll();
		return saved;
	}

}
