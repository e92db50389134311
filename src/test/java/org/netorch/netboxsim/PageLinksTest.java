package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Links as Django REST framework's replace_query_param builds them from the decoded query. */
class PageLinksTest {

    private static final String PAGE = "http://nb.test/netbox/api/dcim/devices/";

    private static MultiValueMap<String, String> decoded(String... namesAndValues) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    @Test
    void encodesTheDecodedValuesOnceAndSortsTheParametersByName() {
        String next = PageLinks.of(PAGE, decoded("status", "planned", "fields", "id,name,site", "limit", "2"))
                .with("limit", 2).with("offset", 2).url();

        assertThat(next).isEqualTo(PAGE + "?fields=id%2Cname%2Csite&limit=2&offset=2&status=planned");
    }

    @Test
    void keepsRepeatedValuesInTheirOrderAndEncodesAsPythonsQuotePlus() {
        String next = PageLinks.of(PAGE + "?ignored=1", decoded("id", "2", "id", "1",
                        "description__ic", "[subscription 5f0c]", "parent", "2001:db8::/64", "q", "a~b*c"))
                .with("offset", 50).url();

        assertThat(next).isEqualTo(PAGE + "?description__ic=%5Bsubscription+5f0c%5D&id=2&id=1&offset=50"
                + "&parent=2001%3Adb8%3A%3A%2F64&q=a~b%2Ac");
    }

    @Test
    void dropsTheOffsetOnTheWayBackToTheFirstPage() {
        assertThat(PageLinks.of(PAGE, decoded("limit", "10", "offset", "10")).with("limit", 10).without("offset")
                .url()).isEqualTo(PAGE + "?limit=10");
        assertThat(PageLinks.encode("ä é")).isEqualTo("%C3%A4+%C3%A9");
    }
}
