package org.netorch.subscription;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is set in code, so Spring Data cannot tell a new one by its id: it is new until stored or
 * loaded, and saving a new one persists it instead of merging it.
 */
@MappedSuperclass
abstract class AssignedIdEntity<K> implements Persistable<K> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
    }
}
