// BatchRunner: runs a Pipeline over a stream of Documents on N threads and hands them
// back in input order. Memory stays bounded: at most `batch` documents are in flight.
#pragma once

#include <functional>

#include "ingest/article_reader.h"
#include "pipeline/pipeline.h"

namespace faultline {

struct BatchOptions {
  unsigned threads = 1;
  size_t batch = 64;
};

// Reads every article from `reader`, processes it and calls `sink` in input order.
// Returns the number of articles read.
size_t RunBatches(const Pipeline& pipeline, ArticleReader& reader, const BatchOptions& options,
                  const std::function<void(Document&)>& sink);

}  // namespace faultline
