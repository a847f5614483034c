package org.munacademy.shared.entity;

import java.io.InputStream;

/** A stored file's information and its bytes as a stream, read on demand (the reader closes it). */
public record FileContent(FileInfo info, InputStream stream) {
}
