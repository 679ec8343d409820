#include "resolve/event_places.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

// A hand-built Document: one token per word, places and events set by hand, so the test needs
// neither the gazetteer nor the coder.
class DocBuilder {
 public:
  DocBuilder& Sentence(std::initializer_list<std::pair<const char*, Pos>> words) {
    faultline::Sentence s;
    s.token_begin = static_cast<uint32_t>(doc_.tokens.size());
    s.span.begin = static_cast<uint32_t>(doc_.text.size());
    for (const auto& [w, pos] : words) {
      if (!doc_.text.empty() && doc_.text.back() != ' ') doc_.text += ' ';
      Token t;
      t.span.begin = static_cast<uint32_t>(doc_.text.size());
      doc_.text += w;
      t.span.end = static_cast<uint32_t>(doc_.text.size());
      t.norm = w;
      t.pos = pos;
      doc_.tokens.push_back(t);
    }
    s.token_end = static_cast<uint32_t>(doc_.tokens.size());
    s.span.end = static_cast<uint32_t>(doc_.text.size());
    doc_.sentences.push_back(s);
    doc_.text += ' ';
    return *this;
  }
  // Marks the word `w` (first occurrence) as a place.
  DocBuilder& PlaceAt(const std::string& w, int precision, bool adjectival = false) {
    Place p;
    p.span = Find(w);
    p.name = w;
    p.precision = precision;
    p.adjectival = adjectival;
    doc_.places.push_back(p);
    return *this;
  }
  DocBuilder& EventAt(const std::string& trigger, uint32_t sentence) {
    Event e;
    e.span = Find(trigger);
    e.sentence = sentence;
    doc_.events.push_back(e);
    return *this;
  }
  Document Build() { return doc_; }

 private:
  Span Find(const std::string& w) const {
    const size_t at = doc_.text.find(w);
    return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + w.size())};
  }
  Document doc_;
};

TEST(EventPlaces, TheClausesPlaceFirst) {
  Document doc = DocBuilder()
                     .Sentence({{"Jets", Pos::kNoun}, {"bombed", Pos::kVerb}, {"Maarat", Pos::kProperNoun},
                                {"while", Pos::kSubord}, {"troops", Pos::kNoun}, {"massed", Pos::kVerb},
                                {"near", Pos::kPrep}, {"Hama", Pos::kProperNoun}})
                     .PlaceAt("Maarat", 1)
                     .PlaceAt("Hama", 1)
                     .EventAt("massed", 0)
                     .Build();
  AttachEventPlaces(doc);
  ASSERT_TRUE(doc.events[0].place);
  EXPECT_EQ(*doc.events[0].place, 1u);
  EXPECT_EQ(doc.events[0].provenance.place_rule, "clause");
  EXPECT_EQ(doc.events[0].place_precision, "1");
}

TEST(EventPlaces, ElseTheSentencesMostSpecificPlace) {
  Document doc = DocBuilder()
                     .Sentence({{"In", Pos::kPrep}, {"Syria", Pos::kProperNoun}, {",", Pos::kPunct},
                                {"near", Pos::kPrep}, {"Idlib", Pos::kProperNoun}, {",", Pos::kPunct},
                                {"that", Pos::kSubord}, {"forces", Pos::kNoun}, {"attacked", Pos::kVerb}})
                     .PlaceAt("Syria", 6)
                     .PlaceAt("Idlib", 4)
                     .EventAt("attacked", 0)
                     .Build();
  AttachEventPlaces(doc);
  ASSERT_TRUE(doc.events[0].place);
  EXPECT_EQ(*doc.events[0].place, 1u);
  EXPECT_EQ(doc.events[0].provenance.place_rule, "sentence");
}

TEST(EventPlaces, ElseTheArticlesFocusAtLeastAdmin1Precision) {
  Document doc = DocBuilder()
                     .Sentence({{"Aleppo", Pos::kProperNoun}, {"burned", Pos::kVerb}})
                     .Sentence({{"Aleppo", Pos::kProperNoun}, {"is", Pos::kAux}, {"old", Pos::kAdj}})
                     .Sentence({{"Syrian", Pos::kAdj}, {"troops", Pos::kNoun}, {"withdrew", Pos::kVerb}})
                     .Build();
  // Two mentions of Aleppo and a demonym, which never places an event.
  Place a;
  a.span = {0, 6};
  a.name = "Aleppo";
  a.precision = 1;
  doc.places.push_back(a);
  a.span = {doc.sentences[1].span.begin, doc.sentences[1].span.begin + 6};
  doc.places.push_back(a);
  Place syrian;
  syrian.span = {doc.sentences[2].span.begin, doc.sentences[2].span.begin + 6};
  syrian.name = "Syria";
  syrian.adjectival = true;
  syrian.precision = 6;
  doc.places.push_back(syrian);
  Event e;
  e.sentence = 2;
  e.span = {doc.tokens[doc.sentences[2].token_begin + 2].span};
  doc.events.push_back(e);
  AttachEventPlaces(doc);
  ASSERT_TRUE(doc.events[0].place);
  EXPECT_EQ(doc.places[*doc.events[0].place].name, "Aleppo");
  EXPECT_EQ(doc.events[0].provenance.place_rule, "article");
  EXPECT_EQ(doc.events[0].place_precision, "4");
}

TEST(EventPlaces, NoPlacesLeavesEventsAlone) {
  Document doc = DocBuilder().Sentence({{"They", Pos::kPron}, {"met", Pos::kVerb}}).EventAt("met", 0).Build();
  AttachEventPlaces(doc);
  EXPECT_FALSE(doc.events[0].place);
  EXPECT_TRUE(doc.events[0].provenance.place_rule.empty());
}

}  // namespace
}  // namespace faultline
