// PetrarchCoder on small made-up dictionaries (each test one phenomenon), the XML record
// reader, and the UniversalPetrarch validation suite when the development data is present.
#include <filesystem>

#include <gtest/gtest.h>

#include "code/legacy/petrarch_coder.h"
#include "code/legacy/petrarch_records.h"
#include "code/legacy/petrarch_validation.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline::petrarch {
namespace {

const Lexicon& TestLexicon() {
  static Lexicon* lex = [] {
    auto* l = new Lexicon();
    (void)l->Load("/usr/share/wordnet");
    return l;
  }();
  return *lex;
}

class PetrarchCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!TestLexicon().loaded()) GTEST_SKIP() << "WordNet not installed";
    auto d = std::make_shared<PetrarchDictionaries>();
    ASSERT_TRUE(ParseVerbs("v.txt",
                           "&TIETYPES\n+ECONOMIC\n"
                           "--- RESTORE [050] ---\nRESTORE\n- * {&TIETYPES TIES} [051]\n"
                           "--- CLASH [190] ---\nCLASH\n- * (OVER EFFORTS) [110]\n"
                           "--- DELAY [120] ---\nDELAY\n- % * [120]\n"
                           "--- FREE [080] ---\nFREE\n- + * (FROM $) [080]\n"
                           "--- CRITICIZE [111] ---\nCRITICIZE\n"
                           "--- LEFT [042:043] ---\nLEFT\n"
                           "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n",
                           &d->verbs)
                    .ok());
    ASSERT_TRUE(ParseActors("a.txt",
                            "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nOSGILIATH [OSG]\n"
                            "GOLLUM [HOB]\n [HOBGOV 19950601-19990815]\nMORDOR [MOR]\n",
                            &d->actors)
                    .ok());
    ASSERT_TRUE(ParseAgents("g.txt", "SOLDIER [~MIL]\nGOVERNMENT [~GOV]\nOFFICIAL [~GOV]\n", &d->agents).ok());
    ASSERT_TRUE(ParseDiscards("d.txt", "BASEBALL\n+TYPHOON\n", &d->discards).ok());
    ASSERT_TRUE(d->ontology.Parse("o.txt", "050:0x0080\n110:0x1007f\n190:0x00A0\n").ok());
    coder_ = std::make_unique<PetrarchCoder>(d, &TestLexicon());
  }

  std::vector<std::string> Code(const std::string& text, const std::string& date = "1995-01-01") {
    Document doc;
    doc.text = text;
    doc.date = date;
    Segment(doc);
    Tag(doc, TestLexicon());
    coder_->Code(doc);
    std::vector<std::string> out;
    for (const Event& e : doc.events) out.push_back(e.code + " " + e.source->code + " " + e.target->code);
    return out;
  }

  std::unique_ptr<PetrarchCoder> coder_;
};

using Events = std::vector<std::string>;

TEST_F(PetrarchCoderTest, SubjectVerbTargetAndNounPhrasePattern) {
  EXPECT_EQ(Code("Arnor is about to restore diplomatic ties with Gondor."), Events{"050 ARN GON"});
  EXPECT_EQ(Code("Arnor will restore economic ties with Minas Tirith."), Events{"051 ARN GON"});
}

TEST_F(PetrarchCoderTest, AgentsCompoundsAndPrepositionalPatterns) {
  EXPECT_EQ(Code("Soldiers from Gondor clashed over the efforts of Arnor."), Events{"110 GONMIL ARN"});
  EXPECT_EQ(Code("Arnor and Osgiliath have delayed their meeting."),
            (Events{"120 ARN OSG", "120 OSG ARN"}));
  EXPECT_EQ(Code("The Arnor government criticized Gondor and Osgiliath."),
            (Events{"111 ARNGOV GON", "111 ARNGOV OSG"}));
}

TEST_F(PetrarchCoderTest, PassivesSourceAndTargetSlotsAndPairedCodes) {
  EXPECT_EQ(Code("Gondor was criticized by Mordor."), Events{"111 MOR GON"});
  EXPECT_EQ(Code("Gollum was freed from Mordor."), Events{"080 MOR HOB"});
  EXPECT_EQ(Code("Gollum left for Gondor on Monday."), (Events{"042 HOB GON", "043 GON HOB"}));
}

TEST_F(PetrarchCoderTest, NegationGoesThroughTheOntology) {
  EXPECT_EQ(Code("Arnor didn't clash over the efforts of Gondor."), Events{"050 ARN GON"});
  EXPECT_EQ(Code("Arnor will not clash with Gondor."), Events{});  // 190 has no negation
}

TEST_F(PetrarchCoderTest, DateRestrictionsDiscardsAndNullActors) {
  EXPECT_EQ(Code("Gollum criticized Gondor.", "1996-03-01"), Events{"111 HOBGOV GON"});
  EXPECT_EQ(Code("Gollum criticized Gondor.", "1990-03-01"), Events{"111 HOB GON"});
  EXPECT_EQ(Code("Arnor criticized Gondor over baseball."), Events{});
  EXPECT_EQ(Code("Arnor criticized Gondor. A typhoon hit."), Events{});
  EXPECT_EQ(Code("A senior official said Gondor was right."), Events{});
}

TEST_F(PetrarchCoderTest, ComplementClauseAddsNoSecondEvent) {
  EXPECT_EQ(Code("Arnor said that Gondor criticized Mordor."), Events{"010 ARN GON"});
}

TEST(PetrarchRecords, ReadsRecordsAndEnvironment) {
  ValidationSuite suite;
  const char* xml =
      "<Validation><Environment>\n<Verbfile>v.txt</Verbfile>\n<Include>DEMO ACTOR</Include>\n"
      "</Environment>\n<!-- <Sentence id=\"commented\"> -->\n<Sentences>\n"
      "<Sentence category=\"DEMO\" date=\"19950101\" id=\"D-1\" evaluate=\"true\">\n"
      "<EventCoding eventcode=\"050\" sourcecode=\"ARN\" targetcode=\"GON\" />\n"
      "<PLEvent {\"event\": \"050\"}>\n<Text>\nArnor  will restore\n ties &amp; more.\n</Text>\n"
      "<Parse>\n1\tArnor\n</Parse></Sentence>\n"
      "<Sentence category=\"X\" date=\"19950101\" id=\"D-2\" evaluate=\"false\">\n"
      "<EventCoding noevents=\"True\"> </EventCoding>\n<Text>None.</Text></Sentence>\n";
  ASSERT_TRUE(ParseValidationRecords("r.xml", xml, &suite).ok());
  EXPECT_EQ(suite.environment["Verbfile"], "v.txt");
  EXPECT_EQ(suite.include, (std::vector<std::string>{"DEMO", "ACTOR"}));
  ASSERT_EQ(suite.records.size(), 2u);
  EXPECT_EQ(suite.records[0].text, "Arnor will restore ties & more.");
  EXPECT_EQ(suite.records[0].date, 19950101);
  ASSERT_EQ(suite.records[0].events.size(), 1u);
  EXPECT_EQ(suite.records[0].events[0].target, "GON");
  EXPECT_FALSE(suite.records[1].evaluate);
  EXPECT_TRUE(suite.records[1].no_events);
}

TEST(PetrarchRecords, BadRecordsNameFileAndLine) {
  ValidationSuite suite;
  Status s = ParseValidationRecords("r.xml", "\n<Sentence id=\"A\">\n<Text>x</Text>\n", &suite);
  EXPECT_NE(s.message().find("r.xml:2: <Sentence> without </Sentence>"), std::string::npos) << s.message();
  s = ParseValidationRecords("r.xml", "<Sentence id=\"A\">\n<EventCoding foo=\"1\"/>\n<Text>x</Text></Sentence>", &suite);
  EXPECT_NE(s.message().find("r.xml:2: <EventCoding> needs eventcode"), std::string::npos) << s.message();
  s = ParseValidationRecords("r.xml", "<Sentence id=\"A\" date=\"1995\">\n<Text>x</Text></Sentence>", &suite);
  EXPECT_NE(s.message().find("r.xml:1: bad date"), std::string::npos) << s.message();
  EXPECT_EQ(DecodeXmlEntities("&lt;a&gt; &#65;&#x42; &bogus;"), "<a> AB &bogus;");
}

// The UniversalPetrarch validation suite: at least 90% of the expected events found,
// at most 0.10 extra events per record (UniversalPetrarch itself: 85.6%, 0.148).
TEST(PetrarchValidationSuite, MeetsTargets) {
  const std::string xml = "/work/shared/dev/events/petrarch-xml/PETR_Validate_records_2_02.xml";
  if (!std::filesystem::exists(xml)) GTEST_SKIP() << xml << " not present";
  if (!TestLexicon().loaded()) GTEST_SKIP() << "WordNet not installed";
  ValidationSummary summary;
  std::FILE* sink = std::fopen("/dev/null", "w");
  Status s = RunPetrarchValidation(xml, "", TestLexicon(), false, sink, &summary);
  std::fclose(sink);
  ASSERT_TRUE(s.ok()) << s.message();
  std::printf("PETRARCH validation: %.1f%% found, %.3f extra per record, %d passed, %d failed\n",
              100 * summary.found_share(), summary.extra_per_record(), summary.passed, summary.failed);
  EXPECT_GE(summary.found_share(), 0.90);
  EXPECT_LE(summary.extra_per_record(), 0.10);
}

}  // namespace
}  // namespace faultline::petrarch
