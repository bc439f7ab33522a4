package kz.birge;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module: no cycles between them, and none reaches into
 * another's internals (a sub-package is internal unless its module offers it as a named
 * interface).
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BirgeApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		this.modules.verify();
	}

}
