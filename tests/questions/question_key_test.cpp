// What counts as the same question (issue 14): the normalised key, and the similarity threshold on
// English and Chinese pairs.
#include <catch2/catch.hpp>

#include "core/questions/question_key.h"

using namespace copydesk;

namespace {

double similarity(const std::string& a, const std::string& b) { return questionSimilarity(questionKey(a), questionKey(b)); }
bool sameQuestion(const std::string& a, const std::string& b) { return similarity(a, b) >= kQuestionDuplicateThreshold; }

}  // namespace

TEST_CASE("question keys fold case, width, punctuation and spacing") {
  CHECK(questionKey("Is it dishwasher-safe?") == "is it dishwasher safe");
  CHECK(questionKey("  IS IT   DISHWASHER SAFE ") == "is it dishwasher safe");
  CHECK(questionKey("Ｉｓ ｉｔ ｄｉｓｈｗａｓｈｅｒ ｓａｆｅ？") == "is it dishwasher safe");  // full-width
  CHECK(questionKey("这个杯子，能放洗碗机吗？") == "这个杯子能放洗碗机吗");
  CHECK(questionKey("这个杯子 能放洗碗机吗") == "这个杯子能放洗碗机吗");
  CHECK(questionKey("能装 500ml 吗？") == "能装500ml吗");
  CHECK(questionKey("?!…") == "");
}

TEST_CASE("near-identical questions are the same question, different ones are not") {
  CHECK(similarity("Is it dishwasher safe?", "is it DISHWASHER-safe") == 1.0);
  CHECK(similarity("这个杯子能放洗碗机吗？", "这个杯子，能放洗碗机吗") == 1.0);
  // The examples kQuestionDuplicateThreshold's comment gives.
  CHECK(similarity("这个杯子能不能放洗碗机", "这个杯子能放洗碗机吗") == Approx(0.727).epsilon(0.01));
  CHECK(similarity("How long does it keep drinks hot", "How long does it keep drinks hot for?") == Approx(0.903).epsilon(0.01));
  CHECK(similarity("What size is the small one?", "What size is the large one?") == Approx(0.643).epsilon(0.01));
  CHECK(similarity("Does it come in blue?", "Does it come in red?") == Approx(0.667).epsilon(0.01));

  CHECK(sameQuestion("Is the bottle dishwasher safe?", "Is this bottle dishwasher-safe?"));
  CHECK(sameQuestion("这个杯子能不能放洗碗机", "这个杯子能放洗碗机吗？"));
  CHECK(sameQuestion("How long does it keep drinks hot", "How long does it keep drinks hot for?"));
  CHECK_FALSE(sameQuestion("Is it waterproof?", "Is it dishwasher safe?"));
  CHECK_FALSE(sameQuestion("What size is the small one?", "What size is the large one?"));
  CHECK_FALSE(sameQuestion("Does it come in blue?", "Does it come in red?"));
  CHECK_FALSE(sameQuestion("能放洗碗机吗", "能放微波炉吗"));
  CHECK_FALSE(sameQuestion("杯盖是什么材质", "杯身是什么颜色"));
  CHECK(similarity("", "anything") == 0.0);
}
