// Tests of the TABARI validation runner: a made-up suite checks the record reader and
// TABARI's pass/fail rules; the real suite (when /work/shared is present) must pass at
// least 95% of its records.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "code/legacy/tabari_test_util.h"
#include "code/legacy/tabari_validation.h"

namespace faultline::tabari {
namespace {

constexpr const char* kSuite =
    "# a made-up validation file\n"
    "\n"
    "990615  GOOD-01\n"
    "Northland denounced Southland on Monday in the capital.\n"
    "/* \\n{ NTH / STH / 122 } */\n"
    "\n"
    "990615  WRONG-01\n"
    "Northland denounced Southland on Monday in the capital.\n"
    "/* \\n{ NTH / STH / 999 } */\n"
    "\n"
    "990615  NONE-01\n"
    "Nobody did anything at all on Monday in the capital.\n"
    "/* \\n{ --- } */\n"
    "\n"
    "990615  SKIP-01\n"
    "Northland and Eastmarch denounced Southland on Monday in the capital.\n"
    "/* \\n{ NTH / STH / 122 } \\n-{ whatever } */\n"
    "\n"
    "990615  OPT-01\n"
    "Switching to code by sentence for the records that follow.\n"
    "/* \\n{ OPTION: SET: CODE BY SENTENCE } */\n"
    "\n"
    "990615  TOO-MANY\n"
    "Northland and Eastmarch denounced Southland on Monday in the capital.\n"
    "/* \\n{ NTH / STH / 122 } */\n"
    "\n"
    "990615  FINAL-01\n"
    "Not run.\n";

TEST(TabariSuite, ReadsRecordsAndAppliesTabariRules) {
  testing::TempDir dir("tabari-suite");
  dir.Write("world.actors", testing::kActors);
  dir.Write("world.agents", testing::kAgents);
  dir.Write("world.verbs", testing::kVerbs);
  dir.Write("world.options", testing::kOptions);
  const std::string project = dir.Write("world.project", testing::kProject);
  dir.Write("world.text", kSuite);

  std::vector<ValidationRecord> records;
  ASSERT_TRUE(ReadValidationRecords(dir.path() + "/world.text", &records).ok());
  ASSERT_EQ(records.size(), 7u);
  EXPECT_EQ(records[0].header, "990615  GOOD-01");
  EXPECT_EQ(records[0].line, 3);

  std::FILE* out = std::tmpfile();
  ValidationReport report;
  ASSERT_TRUE(RunTabariValidationFile(project, "", false, out, &report).ok());
  std::fclose(out);
  ASSERT_EQ(report.records.size(), 6u);  // FINAL-01 ends the run
  auto outcome = [&](const std::string& id) {
    for (const RecordOutcome& r : report.records) {
      if (r.id == id) return r;
    }
    return RecordOutcome();
  };
  EXPECT_TRUE(outcome("GOOD-01").passed);
  EXPECT_FALSE(outcome("WRONG-01").passed);
  EXPECT_EQ(outcome("WRONG-01").coded, std::vector<std::string>{"NTH / STH / 122"});
  EXPECT_TRUE(outcome("NONE-01").passed);
  EXPECT_TRUE(outcome("SKIP-01").passed);
  EXPECT_TRUE(outcome("OPT-01").option_record);
  // By clause this sentence codes two events; the option switched to one per sentence...
  // which still codes both members of the compound, so one expected block is too few.
  EXPECT_FALSE(outcome("TOO-MANY").passed);
  EXPECT_EQ(report.passed, 4);
  EXPECT_EQ(report.failed, 2);
}

TEST(TabariSuite, UnreadableSuiteIsAnError) {
  ValidationReport report;
  EXPECT_FALSE(RunTabariValidationFile("/nonexistent/x.project", "", false, stdout, &report).ok());
}

// TABARI's own validation suite: TABARI passes all its records; faultline must pass 95%.
TEST(TabariSuite, TabariValidationSuite) {
  const std::string project = "/work/shared/dev/events/tabari/Validate.project";
  if (!std::filesystem::exists(project)) GTEST_SKIP() << project << " not present";
  std::FILE* out = std::tmpfile();
  ValidationReport report;
  ASSERT_TRUE(RunTabariValidationFile(project, "", false, out, &report).ok());
  std::fclose(out);
  const int total = report.passed + report.failed;
  ASSERT_GT(total, 400);
  std::string failing;
  for (const RecordOutcome& r : report.records) {
    if (!r.passed) failing += " " + r.id;
  }
  EXPECT_GE(report.passed * 100, total * 95)
      << report.passed << " of " << total << " passed; failing:" << failing;
}

}  // namespace
}  // namespace faultline::tabari
