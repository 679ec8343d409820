// The `annotations` column of an article: the article JSON of docs/formats.md, byte for
// byte what pipeline::DocumentToJson(doc).dump() writes, but streamed into one string
// without building a JSON tree (the tree was half of the store's ingest time).
//
// pipeline/document_json.cc stays the definition of the format; the store test
// `AnnotationsJsonIsTheArticleJson` compares the two on documents with every layer and
// every optional field, so a field added there and not here fails the test.
// Thread-safe: a pure function.
#pragma once

#include <string>

#include "faultline/document.h"
#include "util/utf8.h"

namespace faultline::store {

// `map` is utf8::OffsetMap(doc.text). The document must have no error.
void AnnotationsJson(const Document& doc, const utf8::OffsetMap& map, std::string* out);

}  // namespace faultline::store
