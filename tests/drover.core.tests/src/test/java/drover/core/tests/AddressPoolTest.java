package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AddressPool;
import drover.core.DroverHome;

/** The cluster's pool of addresses for {@code drover launch}: what it reads, what it picks, where it keeps it. */
class AddressPoolTest {

	@Test
	void picksTheFirstAddressNoHostReportsInUseWithThePoolsPrefix() {
		AddressPool pool = AddressPool.parse("10.213.7.100-10.213.7.102/24");
		assertEquals("10.213.7.100/24", pool.pick(Set.of()).orElseThrow());
		assertEquals("10.213.7.102/24", pool.pick(Set.of("10.213.7.100", "10.213.7.101")).orElseThrow());
		assertTrue(pool.pick(Set.of("10.213.7.100", "10.213.7.101", "10.213.7.102")).isEmpty(), "every address is in use");
	}

	@Test
	void aRangeCrossesAnOctetAndReadsBackAsWritten(@TempDir Path dir) throws Exception {
		AddressPool pool = AddressPool.parse(" 10.1.0.254-10.1.1.3/16\n");
		assertEquals("10.1.1.0/16", pool.pick(Set.of("10.1.0.254", "10.1.0.255")).orElseThrow());
		DroverHome home = new DroverHome(dir);
		pool.save(home);
		assertEquals(pool, AddressPool.load(home).orElseThrow());
		assertEquals("10.1.0.254-10.1.1.3/16", AddressPool.load(home).orElseThrow().toString());
	}

	@Test
	void aMalformedPoolSaysHowToWriteOne() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddressPool.parse("10.213.7.100/24"));
		assertTrue(e.getMessage().contains("FIRST-LAST/PREFIX"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> AddressPool.parse("10.213.7.200-10.213.7.100/24"));
		assertThrows(IllegalArgumentException.class, () -> AddressPool.parse("10.213.7.300-10.213.7.301/24"));
	}
}
