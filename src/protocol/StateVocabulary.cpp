// SPDX-License-Identifier: MIT
#include "protocol/StateVocabulary.h"

namespace dwp {
namespace {

struct StateWord
{
    QLatin1StringView name;
    struct
    {
        const char* source; // translated in the context "StateVocabulary"
        const char* comment;
    } label;
    StateTone tone;
};

// Labels start with a capital letter because they stand alone: in a badge, a table cell, a filter button.
// QT_TRANSLATE_NOOP3 expands to {source, comment}.
constexpr StateWord kWords[] = {
    {QLatin1StringView("pending"), QT_TRANSLATE_NOOP3("StateVocabulary", "Pending", "job state"),
     StateTone::Neutral},
    {QLatin1StringView("running"), QT_TRANSLATE_NOOP3("StateVocabulary", "Running", "job, run or step state"),
     StateTone::Active},
    {QLatin1StringView("completed"),
     QT_TRANSLATE_NOOP3("StateVocabulary", "Completed", "job, run or step state"), StateTone::Success},
    {QLatin1StringView("failed"), QT_TRANSLATE_NOOP3("StateVocabulary", "Failed", "job, run or step state"),
     StateTone::Failure},
    {QLatin1StringView("retrying"), QT_TRANSLATE_NOOP3("StateVocabulary", "Retrying", "job state"),
     StateTone::Warning},
    {QLatin1StringView("cancelled"), QT_TRANSLATE_NOOP3("StateVocabulary", "Cancelled", "job state"),
     StateTone::Muted},
    {QLatin1StringView("waiting"), QT_TRANSLATE_NOOP3("StateVocabulary", "Waiting", "workflow step state"),
     StateTone::Waiting},
};

const StateWord* find(QStringView stateName)
{
    const QStringView name = stateName.trimmed();
    for (const StateWord& word : kWords) {
        if (name.compare(word.name, Qt::CaseInsensitive) == 0)
            return &word;
    }
    return nullptr;
}

} // namespace

QString StateVocabulary::label(QStringView stateName)
{
    const StateWord* word = find(stateName);
    return word ? tr(word->label.source, word->label.comment) : stateName.toString();
}

StateTone StateVocabulary::tone(QStringView stateName)
{
    const StateWord* word = find(stateName);
    return word ? word->tone : StateTone::Neutral;
}

bool StateVocabulary::isKnown(QStringView stateName)
{
    return find(stateName) != nullptr;
}

} // namespace dwp
