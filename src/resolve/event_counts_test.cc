#include "resolve/event_counts.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

// Hand-built documents: the code stage is not needed to test the linking.
Document TwoSentences() {
  Document doc;
  doc.text = "Gunmen killed 12 people and police arrested 3 men. Talks were held.";
  doc.sentences.push_back(Sentence{Span{0, 50}, 0, 0, 0});
  doc.sentences.push_back(Sentence{Span{51, 67}, 0, 0, 0});
  Count killed;
  killed.span = Span{14, 16};
  killed.category = "killed";
  Count arrested;
  arrested.span = Span{44, 45};
  arrested.category = "arrested";
  Count displaced;
  displaced.span = Span{14, 16};
  displaced.category = "displaced";
  doc.counts = {killed, arrested, displaced};
  return doc;
}

Event MakeEvent(uint32_t sentence, Span span, const char* code) {
  Event e;
  e.sentence = sentence;
  e.span = span;
  e.code = code;
  return e;
}

TEST(EventCounts, LinksEachCountToTheFittingEventOfItsSentence) {
  Document doc = TwoSentences();
  doc.events.push_back(MakeEvent(0, Span{7, 13}, "190"));   // killed
  doc.events.push_back(MakeEvent(0, Span{36, 44}, "173"));  // arrested
  AttachEventCounts(doc);
  EXPECT_EQ(doc.events[0].counts, (std::vector<uint32_t>{0}));
  EXPECT_EQ(doc.events[1].counts, (std::vector<uint32_t>{1}));
}

TEST(EventCounts, FallsBackToTheNearestEventOfTheSentence) {
  Document doc = TwoSentences();
  doc.events.push_back(MakeEvent(0, Span{7, 13}, "111"));
  AttachEventCounts(doc);
  EXPECT_EQ(doc.events[0].counts, (std::vector<uint32_t>{0, 1}));
}

TEST(EventCounts, LeavesCountsAloneWithoutAnEventInTheirSentence) {
  Document doc = TwoSentences();
  doc.events.push_back(MakeEvent(1, Span{51, 56}, "190"));
  AttachEventCounts(doc);
  EXPECT_TRUE(doc.events[0].counts.empty());
}

TEST(EventCounts, IgnoresDisplacementFigures) {
  Document doc = TwoSentences();
  doc.counts.resize(3);
  doc.counts[0].category = "displaced";
  doc.counts[1].category = "fled";
  doc.events.push_back(MakeEvent(0, Span{7, 13}, "190"));
  AttachEventCounts(doc);
  EXPECT_TRUE(doc.events[0].counts.empty());
}

}  // namespace
}  // namespace faultline
