// Event dates on hand-built documents: the code stage is not needed, events are placed on
// their triggers by hand.
#include "resolve/event_dates.h"

#include <gtest/gtest.h>

#include <string>

#include "recognise/timex/recognise_timex.h"
#include "segment/lexicon.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline {
namespace {

Document Prepare(const std::string& text, const std::string& date) {
  static const Lexicon lexicon;  // closed classes are enough for clause boundaries
  Document doc;
  doc.text = text;
  doc.date = date;
  Segment(doc);
  Tag(doc, lexicon);
  RecogniseTimex(doc);
  return doc;
}

// Adds an event whose trigger is the first occurrence of `trigger`.
Event& AddEvent(Document& doc, const std::string& trigger) {
  const size_t at = doc.text.find(trigger);
  EXPECT_NE(at, std::string::npos) << trigger;
  Event e;
  e.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + trigger.size())};
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (doc.sentences[s].span.Contains(e.span)) e.sentence = s;
  }
  doc.events.push_back(e);
  return doc.events.back();
}

TEST(EventDates, ClauseExpressionWins) {
  Document doc = Prepare("Rebels attacked the town on Thursday, officials said on Friday.", "2019-12-27");
  AddEvent(doc, "attacked");
  AddEvent(doc, "said");
  AttachEventDates(doc);
  EXPECT_EQ(doc.events[0].date, "2019-12-26");
  EXPECT_EQ(doc.events[0].date_precision, "day");
  EXPECT_EQ(doc.events[0].provenance.date_rule, "clause");
  EXPECT_EQ(doc.events[1].date, "2019-12-27");
}

TEST(EventDates, PrefersTheExpressionAttachedToTheVerb) {
  Document doc = Prepare("In June the army shelled Idlib on Tuesday.", "2019-12-27");
  AddEvent(doc, "shelled");
  AttachEventDates(doc);
  EXPECT_EQ(doc.events[0].date, "2019-12-24");
}

TEST(EventDates, SentenceThenPublication) {
  Document doc = Prepare(
      "Last month, the group said that forces had attacked the camp. Troops withdrew.",
      "2019-12-27");
  AddEvent(doc, "attacked");
  AddEvent(doc, "withdrew");
  AttachEventDates(doc);
  EXPECT_EQ(doc.events[0].date, "2019-11");
  EXPECT_EQ(doc.events[0].date_precision, "month");
  EXPECT_EQ(doc.events[0].provenance.date_rule, "sentence");
  EXPECT_EQ(doc.events[1].date, "2019-12-27");
  EXPECT_EQ(doc.events[1].provenance.date_rule, "publication");
}

TEST(EventDates, ApproximateAndVagueExpressions) {
  Document doc = Prepare("About a month ago, forces launched an offensive. Thousands fled in recent weeks.",
                         "2019-12-27");
  AddEvent(doc, "launched");
  AddEvent(doc, "fled");
  AttachEventDates(doc);
  EXPECT_EQ(doc.events[0].date, "2019-11");
  EXPECT_EQ(doc.events[0].date_precision, "approx");
  // "recent weeks" names no calendar point: the publication date stands in.
  EXPECT_EQ(doc.events[1].provenance.date_rule, "publication");
}

TEST(EventDates, NoPublicationDateLeavesItEmpty) {
  Document doc = Prepare("Troops withdrew.", "");
  AddEvent(doc, "withdrew");
  AttachEventDates(doc);
  EXPECT_TRUE(doc.events[0].date.empty());
  EXPECT_TRUE(doc.events[0].provenance.date_rule.empty());
}

TEST(EventDates, TimexValues) {
  std::string d, p;
  EXPECT_TRUE(TimexToEventDate("2019-12-26T22:00", &d, &p));
  EXPECT_EQ(d, "2019-12-26");
  EXPECT_TRUE(TimexToEventDate("2019-W52", &d, &p));
  EXPECT_EQ(d, "2019-12-23");
  EXPECT_EQ(p, "approx");
  EXPECT_TRUE(TimexToEventDate("2020-W01", &d, &p));
  EXPECT_EQ(d, "2019-12-30");
  EXPECT_TRUE(TimexToEventDate("1989-Q3", &d, &p));
  EXPECT_EQ(d, "1989-07");
  EXPECT_TRUE(TimexToEventDate("1997", &d, &p));
  EXPECT_EQ(p, "year");
  EXPECT_FALSE(TimexToEventDate("P3Y", &d, &p));
  EXPECT_FALSE(TimexToEventDate("PAST_REF", &d, &p));
  EXPECT_FALSE(TimexToEventDate("XXXX-WXX-4", &d, &p));
  EXPECT_FALSE(TimexToEventDate("198", &d, &p));
}

}  // namespace
}  // namespace faultline
