package org.netorch.process.shared;

/** One choice of a form's select: what the operator reads, and the value the form submits. */
public record SelectOption(String label, String value) {
}
