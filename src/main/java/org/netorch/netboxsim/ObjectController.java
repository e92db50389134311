package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The model endpoints, {@code /api/<app>/<model>/} and {@code /api/<app>/<model>/<id>/}, for every {@link Kind}. */
@RestController
@ConditionalOnSimulator
@RequestMapping(path = "/netbox/api/{app}/{model}", produces = MediaType.APPLICATION_JSON_VALUE)
class ObjectController {

    private final ObjectService objects;

    ObjectController(ObjectService objects) {
        this.objects = objects;
    }

    @GetMapping("/")
    JsonNode list(@PathVariable String app, @PathVariable String model,
            @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return objects.list(kind(app, model), params, baseUrl(request),
                ServletUriComponentsBuilder.fromRequestUri(request).build().toUriString());
    }

    @PostMapping("/")
    ResponseEntity<JsonNode> create(@PathVariable String app, @PathVariable String model,
            @RequestBody(required = false) JsonNode body, HttpServletRequest request) {
        return tagged(HttpStatus.CREATED, objects.create(kind(app, model), body, baseUrl(request)));
    }

    @GetMapping("/{id}/")
    ResponseEntity<JsonNode> detail(@PathVariable String app, @PathVariable String model, @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return tagged(HttpStatus.OK, objects.get(kind(app, model), id(id), params, baseUrl(request)));
    }

    @RequestMapping(path = "/{id}/", method = {RequestMethod.PATCH, RequestMethod.PUT})
    ResponseEntity<JsonNode> update(@PathVariable String app, @PathVariable String model, @PathVariable String id,
            @RequestBody(required = false) JsonNode body, HttpServletRequest request) {
        return tagged(HttpStatus.OK, objects.update(kind(app, model), id(id), body, baseUrl(request),
                request.getHeader("If-Match")));
    }

    @DeleteMapping("/{id}/")
    ResponseEntity<Void> delete(@PathVariable String app, @PathVariable String model, @PathVariable String id,
            HttpServletRequest request) {
        objects.delete(kind(app, model), id(id), request.getHeader("If-Match"));
        return ResponseEntity.noContent().build();
    }

    // single objects carry NetBox 4.6's weak ETag, taken from their last_updated
    private static ResponseEntity<JsonNode> tagged(HttpStatus status, JsonNode body) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (body.isObject() && body.hasNonNull("last_updated")) {
            answer.eTag("W/\"" + body.get("last_updated").asText() + "\"");
        }
        return answer.body(body);
    }

    static Kind kind(String app, String model) {
        return Handlers.kindAt(app, model).orElseThrow(() -> NetBoxApiError.detail(404, "Not found."));
    }

    // NetBox's URL patterns only match integer ids; anything else is an unknown URL
    static long id(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw NetBoxApiError.detail(404, "Not found.");
        }
        return Long.parseLong(id);
    }

    /** The address clients use for NetBox itself, e.g. {@code http://localhost:8080/netbox}. */
    static String baseUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path("/netbox").toUriString();
    }
}
