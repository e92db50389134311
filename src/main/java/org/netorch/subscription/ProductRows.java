package org.netorch.subscription;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@code product} row for every product a declaration sells and the table lacks, at start-up, so a new
 * product needs no migration. Rows are never changed or removed here: subscriptions point at them. A row is known by
 * its name; its id is derived from the name, so nodes starting together write the same row and one insert wins.
 */
@Component
class ProductRows implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ProductRows.class);

    private final ProductRepository products;
    private final TransactionTemplate transaction;
    private final List<ProductDeclaration> declarations;

    @Autowired
    ProductRows(ProductRepository products, PlatformTransactionManager transactions) {
        this(products, transactions, ProductCatalog.all());
    }

    ProductRows(ProductRepository products, PlatformTransactionManager transactions,
                List<ProductDeclaration> declarations) {
        this.products = products;
        this.transaction = new TransactionTemplate(transactions);
        this.declarations = declarations;
    }

    @Override
    public void afterPropertiesSet() {
        for (ProductDeclaration declaration : declarations) {
            for (ProductDeclaration.Offer offer : declaration.products()) {
                try {
                    transaction.executeWithoutResult(status -> addIfMissing(declaration, offer));
                } catch (DataIntegrityViolationException e) {
                    log.info("Product {} was written by another node starting at the same time", offer.name());
                }
            }
        }
    }

    private void addIfMissing(ProductDeclaration declaration, ProductDeclaration.Offer offer) {
        if (products.findByName(offer.name()).isPresent()) {
            return;
        }
        UUID id = UUID.nameUUIDFromBytes(("product:" + offer.name()).getBytes(StandardCharsets.UTF_8));
        products.saveAndFlush(new Product(id, offer.name(), declaration.type(), offer.description(),
                declaration.type().toUpperCase(Locale.ROOT), offer.fixedInputs()));
        log.info("Product {} ({}) added from its declaration", offer.name(), declaration.type());
    }
}
