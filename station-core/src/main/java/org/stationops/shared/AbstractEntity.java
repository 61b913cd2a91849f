package org.stationops.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Identity and optimistic-lock version shared by every entity: a second save over a stale
 * version is refused instead of silently overwriting a colleague's edit.
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	public @Nullable Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isNew() {
		return this.id == null;
	}

}
