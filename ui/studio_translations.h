#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace copydesk::ui {

// Installs Copydesk's translation (copydesk_<lang>.qm from the first folder that has one) and
// Qt's own (for standard buttons and dialogs). language "" follows the system locale.
// Returns the language actually loaded ("" when English, the source language, is used).
QString installTranslations(QCoreApplication& app, const QString& language, const QStringList& folders);

// Where the .qm files are looked for: the resources compiled into the studio (:/i18n), then the
// installed share/copydesk/translations next to the binary.
QStringList defaultTranslationFolders();

}  // namespace copydesk::ui
