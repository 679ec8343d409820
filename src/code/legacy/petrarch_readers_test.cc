// Unit tests for the PETRARCH dictionary readers: good lines, bad lines (the error names
// FILE:LINE and the fragment), and loading the Phoenix production dictionaries when the
// development data is present.
#include <chrono>
#include <filesystem>

#include <gtest/gtest.h>

#include "code/legacy/petrarch_dictionaries.h"
#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {
namespace {

using Words = std::vector<std::string>;

TEST(PetrarchLines, StripsAllCommentStyles) {
  auto lines = CleanLines("A # x\n<!-- one\ntwo -->\nB<!-- c -->C\n<! -- x -->\n  \n# y\nD\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "A");
  EXPECT_EQ(lines[1].text, "BC");
  EXPECT_EQ(lines[1].number, 4u);
  EXPECT_EQ(lines[2].text, "D");
}

TEST(PetrarchActors, ReadsSynonymsCodesAndDates) {
  ActorDictionary d;
  ASSERT_TRUE(ParseActors("a.txt",
                          "GONDOR [GON]\n+MINAS_TIRITH\nGOLLUM  # x\n+SMEAGOL\n"
                          "\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n"
                          "NOCODE\nSAM [HOB]\n\t[HOBMIL 20080120-20121109]\n\t[HOBGOV 20121109-20130119]\n",
                          &d)
                  .ok());
  ASSERT_EQ(d.entries.size(), 3u);
  EXPECT_EQ(d.codeless, 1u);
  EXPECT_EQ(d.entries[0].names[1], (Words{"minas", "tirith"}));
  EXPECT_EQ(d.entries[0].id, "a.txt:1");
  const auto& gollum = d.entries[1].codes;
  EXPECT_EQ(ResolveActorCode(gollum, 19950101), "HOB");
  EXPECT_EQ(ResolveActorCode(gollum, 19951101), "HOBGOV");
  EXPECT_EQ(ResolveActorCode(gollum, 20010101), "HOBREB");
  // A range ending where another starts ends the day before.
  EXPECT_EQ(ResolveActorCode(d.entries[2].codes, 20121109), "HOBGOV");
  EXPECT_EQ(ResolveActorCode(d.entries[2].codes, 20121108), "HOBMIL");
  EXPECT_EQ(ResolveActorCode(d.entries[2].codes, 19000101), "HOB");
}

TEST(PetrarchActors, NullCodeMeansNoActor) {
  ActorDictionary d;
  ASSERT_TRUE(ParseActors("a.txt", "PRINCE OF DOL AMROTH\n [--- <950630]\n [DOL]\n", &d).ok());
  EXPECT_EQ(ResolveActorCode(d.entries[0].codes, 19950101), "");
  EXPECT_EQ(ResolveActorCode(d.entries[0].codes, 19990809), "DOL");
}

TEST(PetrarchActors, BadLinesNameFileAndLine) {
  ActorDictionary d;
  Status s = ParseActors("act.txt", "GONDOR [GON]\nROHAN [ROH <9513]\n", &d);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("act.txt:2: bad date"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("ROH <9513"), std::string::npos);
  EXPECT_FALSE(ParseActors("act.txt", "+ORPHAN\n", &d).ok());
  Status missing = ParseActors("act.txt", "X\nGONDOR [GON\n", &d);
  EXPECT_NE(missing.message().find("act.txt:2: missing ']'"), std::string::npos);
  EXPECT_FALSE(ParseActors("act.txt", "[GON]\n", &d).ok());
}

TEST(PetrarchDates, ShortAndLongForms) {
  int32_t d = 0;
  ASSERT_TRUE(ParsePetrarchDate("950601", &d));
  EXPECT_EQ(d, 19950601);
  ASSERT_TRUE(ParsePetrarchDate("100109", &d));
  EXPECT_EQ(d, 20100109);
  ASSERT_TRUE(ParsePetrarchDate("20121109", &d));
  EXPECT_EQ(d, 20121109);
  EXPECT_FALSE(ParsePetrarchDate("2012", &d));
  EXPECT_FALSE(ParsePetrarchDate("20121340", &d));
}

TEST(PetrarchAgents, PluralsMarkersAndPrefixes) {
  AgentDictionary d;
  ASSERT_TRUE(ParseAgents("ag.txt",
                          "!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [ ~COP]\n"
                          "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nAUTHORITY [~GOV]\nMSF {} [NGO~]\n",
                          &d)
                  .ok());
  std::vector<Words> words;
  for (const auto& e : d.entries) words.push_back(e.words);
  EXPECT_EQ(words, (std::vector<Words>{{"congressman"}, {"congressmen"}, {"police"},
                                       {"golden", "goose"}, {"golden", "geese"}, {"authority"},
                                       {"authorities"}, {"msf"}}));
  EXPECT_EQ(d.entries[2].code, "COP");
  EXPECT_TRUE(d.entries.back().prefix);
  EXPECT_EQ(d.entries.back().code, "NGO");
}

TEST(PetrarchAgents, BadLines) {
  AgentDictionary d;
  ASSERT_TRUE(ParseAgents("ag.txt", "SOLDIER [~MIL]\nTROOPS\n", &d).ok());
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "ag.txt:2: agent without [CODE] skipped: 'TROOPS'");
  Status s = ParseAgents("ag.txt", "SOLDIER [~MIL\n", &d);
  EXPECT_NE(s.message().find("ag.txt:1: missing ']': 'SOLDIER [~MIL'"), std::string::npos)
      << s.message();
  EXPECT_FALSE(ParseAgents("ag.txt", "X!NOPE! [~A]\n", &d).ok());
  EXPECT_FALSE(ParseAgents("ag.txt", "X [MIL]\n", &d).ok());
  EXPECT_FALSE(ParseAgents("ag.txt", "X {XS [~MIL]\n", &d).ok());
}

TEST(PetrarchVerbs, BlocksFormsPatternsAndSynsets) {
  VerbDictionary d;
  ASSERT_TRUE(ParseVerbs("v.txt",
                         "&TIETYPES\n+MILITARY\n+ECONOMIC_\n&ACC\n+&TIETYPES\n+SWISS FRANCS\n"
                         "--- BREAK [120] ---\nBREAK { BROKE BROKEN }\n+BREAK_DOWN {+BROKE_DOWN}\n"
                         "WIRE_+TAP [170]\n- * {NEW &ACC RELATIONS} [1951] # c\n"
                         "- + * (FROM $) [080]\n- % * [042:043]\n* (TO QUESTION) [110]\n"
                         "~ a (a b ATTACK) SAY = a b 015\n",
                         &d)
                  .ok());
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].code, "120");
  ASSERT_EQ(d.blocks[0].patterns.size(), 4u);
  const VerbPattern& p = d.blocks[0].patterns[0];
  EXPECT_EQ(p.code, "1951");
  EXPECT_EQ(p.id, "v.txt:11");
  ASSERT_EQ(p.post.size(), 3u);
  EXPECT_FALSE(p.post[0].head);
  EXPECT_TRUE(p.post[2].head);
  // MILITARY, MILITARYS (PETRARCH's plural), ECONOMIC (no plural: '_'), SWISS FRANCS
  EXPECT_EQ(p.post[1].term.alternatives.size(), 4u);
  const VerbPattern& free = d.blocks[0].patterns[1];
  EXPECT_EQ(free.pre[0].kind, SlotKind::kTarget);
  EXPECT_EQ(free.post[0].kind, SlotKind::kPrep);
  EXPECT_EQ(free.post[1].kind, SlotKind::kSource);
  EXPECT_EQ(free.post[1].prep, 0);
  EXPECT_EQ(d.blocks[0].patterns[2].pre[0].kind, SlotKind::kCompound);
  ASSERT_EQ(d.forms.size(), 6u);
  EXPECT_EQ(d.forms[3].word, "break");
  EXPECT_EQ(d.forms[3].after, Words{"down"});
  EXPECT_EQ(d.forms[5].word, "tap");
  EXPECT_EQ(d.forms[5].before, Words{"wire"});
  EXPECT_EQ(d.forms[5].code, "170");
  EXPECT_EQ(d.transformations.size(), 1u);
}

TEST(PetrarchVerbs, UndefinedSynsetNeverMatchesButLoads) {
  VerbDictionary d;
  ASSERT_TRUE(ParseVerbs("v.txt", "--- A [010] ---\nA\n- * &NOPE [011]\n", &d).ok());
  EXPECT_TRUE(d.blocks[0].patterns[0].post[0].term.undefined);
  EXPECT_EQ(d.undefined_synset_uses, 1u);
}

TEST(PetrarchVerbs, BadLines) {
  VerbDictionary d;
  auto err = [&](const std::string& text) { return ParseVerbs("v.txt", text, &d).message(); };
  EXPECT_NE(err("--- A [010] ---\nA\n- * TIES\n").find("v.txt:3: pattern without [CODE]: '- * TIES'"),
            std::string::npos);
  EXPECT_NE(err("--- A [010] ---\n- TIES [010]\n").find("v.txt:2: pattern without '*'"),
            std::string::npos);
  EXPECT_NE(err("--- A [010] ---\n- * {TIES [010]\n").find("missing '}'"), std::string::npos);
  EXPECT_NE(err("--- A [010] ---\n- * (TIES [010]\n").find("missing ')'"), std::string::npos);
  EXPECT_NE(err("A\n").find("v.txt:1: line outside a --- BLOCK ---"), std::string::npos);
  EXPECT_NE(err("--- A [010] ---\nA B\n").find("one verb per line"), std::string::npos);
  EXPECT_NE(err("~ a b\n").find("transformation without '='"), std::string::npos);
}

TEST(PetrarchDiscardsAndIssues, Read) {
  DiscardList d;
  ASSERT_TRUE(ParseDiscards("d.txt", "+World Golf Championships # x\nBASEBALL\n", &d).ok());
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_TRUE(d.entries[0].story);
  EXPECT_EQ(d.entries[0].words, (Words{"world", "golf", "championships"}));
  EXPECT_FALSE(ParseDiscards("d.txt", "A [B]\n", &d).ok());
  IssueList issues;
  ASSERT_TRUE(ParseIssues("i.txt",
                          "<ISSUE CATEGORY=\"EDU\" TYPE=\"ALL\">\npre+n:school [ECE]\nnote\n"
                          "~a head start\n</ISSUE>\n",
                          &issues)
                  .ok());
  // pre school, pre schools, pre-school, pre-schools (hyphens dropped), and the exclusion.
  EXPECT_EQ(issues.entries.size(), 5u);
  EXPECT_EQ(issues.entries[0].category, "EDU");
  EXPECT_EQ(issues.entries.back().exclusion, 1);
  Status s = ParseIssues("i.txt", "x [Y\n", &issues);
  EXPECT_NE(s.message().find("i.txt:1: missing ']'"), std::string::npos);
}

TEST(PetrarchOntology, NegationArithmetic) {
  CodingOntology o;
  ASSERT_TRUE(o.Parse("o.txt", "050:0x0080#Coop\n057:0x0087\n110:0x1007f#0xFFFF+0x0080\n"
                               "170:0x10086\n122:-0xFFFF+0x2040+0x300\n190:0x00A0\n")
                  .ok());
  EXPECT_EQ(o.Negate("110"), "050");
  EXPECT_EQ(o.Negate("170"), "057");
  EXPECT_EQ(o.Negate("190"), "");
  int64_t v = 0;
  ASSERT_TRUE(o.Value("122", &v));
  EXPECT_EQ(v, -0xFFFF + 0x2040 + 0x300);
  Status s = o.Parse("o.txt", "050:0xZZ\n");
  EXPECT_NE(s.message().find("o.txt:1: bad value expression"), std::string::npos);
}

// The large production dictionaries must load completely and quickly.
TEST(PetrarchPhoenix, LoadsProductionDictionaries) {
  const std::string dir = "/work/shared/dev/events/phoenix";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  ASSERT_TRUE(IsPetrarchDirectory(dir));
  PetrarchFiles files;
  ASSERT_TRUE(FindPetrarchFiles(dir, &files).ok());
  EXPECT_EQ(files.actors.size(), 3u);
  PetrarchDictionaries d;
  auto start = std::chrono::steady_clock::now();
  Status s = LoadPetrarchDictionaries(files, &d);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(s.ok()) << s.message();
  std::printf("Phoenix: %zu actor entries, %zu agents, %zu verb forms, %zu patterns, %zu "
              "discards, %zu issue forms, %zu ontology codes in %.2f s\n",
              d.actors.entries.size(), d.agents.entries.size(), d.verbs.forms.size(),
              d.verbs.pattern_count(), d.discards.entries.size(), d.issues.entries.size(),
              d.ontology.size(), secs);
  EXPECT_GT(d.actors.entries.size(), 20000u);
  EXPECT_GT(d.verbs.pattern_count(), 4500u);
  EXPECT_LT(secs, 5.0);
}

TEST(PetrarchValidationDictionaries, Load) {
  const std::string dir = "/work/shared/dev/events/petrarch-xml";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  PetrarchFiles files;
  ASSERT_TRUE(FindPetrarchFiles(dir, &files).ok());
  PetrarchDictionaries d;
  Status s = LoadPetrarchDictionaries(files, &d);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GT(d.verbs.pattern_count(), 300u);
  EXPECT_FALSE(d.ontology.empty());
}

}  // namespace
}  // namespace faultline::petrarch
