package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.function.Predicate;

class SiteHandler extends ObjectHandler<Site> {

    SiteHandler(SimulatorStore store) {
        super(Kind.SITE, store);
    }

    @Override
    Predicate<Site> filter(ListQuery query) {
        return query.<Site>numbers("id", site -> site.id)
                .and(query.exact("name", site -> site.name))
                .and(query.exact("slug", site -> site.slug))
                .and(query.choice("status", Choices.SITE_STATUS, site -> site.status));
    }

    @Override
    Comparator<Site> order() {
        return Comparator.comparing((Site site) -> site.name, NaturalOrder.INSTANCE);
    }

    @Override
    Site create(FieldReader fields) {
        Site site = new Site();
        site.name = fields.requiredText("name");
        site.slug = fields.requiredText("slug");
        apply(site, fields);
        return store.insert(kind, site);
    }

    @Override
    void update(Site site, FieldReader fields) {
        site.name = fields.text("name", site.name);
        site.slug = fields.text("slug", site.slug);
        apply(site, fields);
        store.update(kind, site);
    }

    private void apply(Site site, FieldReader fields) {
        site.status = fields.choice("status", Choices.SITE_STATUS, site.status);
        site.description = fields.text("description", site.description);
        site.comments = fields.text("comments", site.comments);
        checkSlug(fields, site.slug);
        for (Site other : store.<Site>all(kind)) {
            if (other.id != site.id && other.name.equalsIgnoreCase(site.name)) {
                fields.error("name", "site with this name already exists.");
            }
            if (other.id != site.id && other.slug.equals(site.slug)) {
                fields.error("slug", "site with this slug already exists.");
            }
        }
        fields.check();
    }

    @Override
    void delete(Site site) {
        refuseWhileReferenced(store.<Device>all(Kind.DEVICE).stream().filter(d -> d.siteId == site.id).toList(),
                device -> device.name);
        super.delete(site);
    }
}
