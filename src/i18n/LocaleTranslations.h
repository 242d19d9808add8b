// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace dispatch {

// The translations for one locale, installed into the running QCoreApplication for as long as this object
// lives: Dispatch Monitor's own strings (compiled from translations/*.ts and embedded as resources under
// :/i18n) and, when the system has them (Debian: qt6-translations-l10n), Qt's own strings for standard
// buttons, file dialogs, command-line help and socket errors. A locale without a translation leaves the
// English source strings in place.
//
// Create it after the application object and before any widget, so that every tr() sees it.
class LocaleTranslations
{
public:
    explicit LocaleTranslations(const QLocale& locale);
    ~LocaleTranslations();
    LocaleTranslations(const LocaleTranslations&) = delete;
    LocaleTranslations& operator=(const LocaleTranslations&) = delete;

    // True when Dispatch Monitor has a catalogue for the locale (or one of its UI languages). English has one
    // for plural forms only, which is also installed for locales without a catalogue.
    bool hasApplicationTranslation() const { return m_applicationLoaded; }
    // True when Qt's own translation for the locale was found on this system.
    bool hasQtTranslation() const { return !m_qtCatalogues.empty(); }
    // The language of the catalogue found for the locale ("de"; "en" for English), empty when there was none.
    QString applicationLanguage() const;

    // The embedded catalogues, by language code ("de"), for tests and --version style diagnostics.
    static QStringList availableLanguages();

private:
    QTranslator m_application;
    std::vector<std::unique_ptr<QTranslator>> m_qtCatalogues;
    bool m_applicationLoaded = false;
};

} // namespace dispatch
