#include "pipeline/pipeline.h"

#include "recognise/actors/actor_recogniser.h"
#include "recognise/counts/count_recogniser.h"
#include "recognise/places/recognise_places.h"
#include "recognise/quotes/quote_recogniser.h"
#include "recognise/timex/recognise_timex.h"
#include "resolve/event_counts.h"
#include "resolve/event_dates.h"
#include "resolve/event_places.h"
#include "segment/tagger.h"

namespace faultline {

Status Pipeline::Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* pipeline) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  p->resources_ = std::make_unique<Resources>();
  FL_RETURN_IF_ERROR(LoadResources(options.resources, p->resources_.get()));
  *pipeline = std::move(p);
  return Status::Ok();
}

void Pipeline::Process(Document& doc) const {
  if (!doc.error.empty()) return;
  const Resources& r = *resources_;
  // segment: tokens, sentences, parts of speech
  Segment(doc, options_.segment);
  Tag(doc, r.lexicon);
  // recognise: actors, then the other layers
  if (!r.coder->owns_actors()) RecogniseActors(doc, r.actors);
  RecognisePlaces(doc, r.gazetteer, r.lexicon);
  RecogniseCounts(doc);
  RecogniseQuotes(doc);
  RecogniseTimex(doc);
  // code: events
  r.coder->Code(doc);
  // resolve: dates, places and counts of events
  AttachEventDates(doc);
  AttachEventPlaces(doc);
  AttachEventCounts(doc);
}

}  // namespace faultline
