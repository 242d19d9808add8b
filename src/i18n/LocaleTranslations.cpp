// SPDX-License-Identifier: MIT
#include "i18n/LocaleTranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace dispatch {

namespace {

const QString kResourceDirectory = QStringLiteral(":/i18n");
const QString kCatalogue = QStringLiteral("dispatch-monitor");

} // namespace

LocaleTranslations::LocaleTranslations(const QLocale& locale)
{
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (LANGUAGE=de:en, then de_AT, de, ...)
    // and stops at the first catalogue it finds, so a de_AT desktop gets the German one.
    m_applicationLoaded = m_application.load(locale, kCatalogue, QStringLiteral("_"), kResourceDirectory,
                                             QStringLiteral(".qm"));
    // Without a catalogue the English source strings stand, but "%n event(s)" still needs the English plural
    // forms, which the plural-only English catalogue holds.
    if (m_applicationLoaded || m_application.load(QLocale(QLocale::English), kCatalogue, QStringLiteral("_"),
                                                  kResourceDirectory, QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&m_application);

    // Qt's catalogue only when ours exists: German buttons under English labels would read worse than
    // English throughout. qtbase covers dialogs and command-line help; qtwebsockets its socket errors.
    if (!m_applicationLoaded)
        return;
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString& catalogue : {QStringLiteral("qtbase"), QStringLiteral("qtwebsockets")}) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(locale, catalogue, QStringLiteral("_"), qtDirectory))
            continue;
        QCoreApplication::installTranslator(translator.get());
        m_qtCatalogues.push_back(std::move(translator));
    }
}

LocaleTranslations::~LocaleTranslations()
{
    for (const auto& translator : m_qtCatalogues)
        QCoreApplication::removeTranslator(translator.get());
    QCoreApplication::removeTranslator(&m_application); // a no-op when it was not installed
}

QString LocaleTranslations::applicationLanguage() const
{
    return m_applicationLoaded ? m_application.language() : QString();
}

QStringList LocaleTranslations::availableLanguages()
{
    QStringList languages;
    const QString prefix = kCatalogue + u'_';
    const QStringList files = QDir(kResourceDirectory).entryList({kCatalogue + QStringLiteral("_*.qm")});
    for (const QString& file : files)
        languages << file.mid(prefix.size()).chopped(3);
    return languages;
}

} // namespace dispatch
