#include "ui/settings/provider_profile_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QSpinBox* makeSpin(QWidget* parent, int maximum, const QString& suffix, const QString& zeroText = QString()) {
  auto* spin = new QSpinBox(parent);
  spin->setRange(0, maximum);
  spin->setSuffix(suffix);
  if (!zeroText.isEmpty()) spin->setSpecialValueText(zeroText);
  return spin;
}

QDoubleSpinBox* makePrice(QWidget* parent) {
  auto* spin = new QDoubleSpinBox(parent);
  spin->setRange(0, 10000);
  spin->setDecimals(4);
  spin->setPrefix(QStringLiteral("$"));
  return spin;
}

QString headerLines(const std::map<std::string, std::string>& headers) {
  QStringList lines;
  for (const auto& [name, value] : headers) lines << qs(name) + QStringLiteral(": ") + qs(value);
  return lines.join(QLatin1Char('\n'));
}

std::map<std::string, std::string> parseHeaders(const QString& text) {
  std::map<std::string, std::string> headers;
  for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
    const auto colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0) continue;
    headers[line.left(colon).trimmed().toStdString()] = line.mid(colon + 1).trimmed().toStdString();
  }
  return headers;
}

QHBoxLayout* row(std::initializer_list<QWidget*> widgets) {
  auto* layout = new QHBoxLayout;
  for (QWidget* widget : widgets) layout->addWidget(widget);
  return layout;
}

}  // namespace

ProviderProfileForm::ProviderProfileForm(QWidget* parent) : QWidget(parent) {
  m_name = new QLineEdit(this);
  m_kind = new QComboBox(this);
  m_kind->addItem(tr("OpenAI-compatible"), QStringLiteral("openai"));
  m_kind->addItem(tr("Azure OpenAI"), QStringLiteral("azure"));
  m_kind->addItem(tr("Anthropic"), QStringLiteral("anthropic"));
  m_baseUrl = new QLineEdit(this);
  m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
  m_models = new QLineEdit(this);
  m_models->setPlaceholderText(tr("model names, separated by commas (or fetch them)"));
  m_defaultModel = new QComboBox(this);
  m_defaultModel->setEditable(true);
  m_apiVersion = new QLineEdit(this);
  m_apiVersion->setPlaceholderText(tr("Azure api-version / anthropic-version (optional)"));

  m_keySource = new QComboBox(this);
  m_keySource->setObjectName(QStringLiteral("keySource"));
  m_keySource->addItem(tr("Environment variable"), toString(KeySource::Environment));
  m_keySource->addItem(tr("OS keychain"), toString(KeySource::Keychain));
  m_keySource->addItem(tr("Plain-text file (not recommended)"), toString(KeySource::PlainTextFile));
  m_keyEnv = new QLineEdit(this);
  m_keyEnv->setPlaceholderText(QStringLiteral("OPENAI_API_KEY"));
  m_key = new QLineEdit(this);
  m_key->setEchoMode(QLineEdit::Password);
  m_key->setPlaceholderText(tr("paste the key to store it; empty keeps the stored one"));
  m_plainTextOptIn = new QCheckBox(tr("I understand: keep this key unencrypted in a file on this computer"), this);
  m_keychainNote = new QLabel(this);
  m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
  m_keychainNote->setWordWrap(true);

  m_headers = new QPlainTextEdit(this);
  m_headers->setPlaceholderText(tr("one per line: Header-Name: value"));
  m_headers->setMaximumHeight(60);
  m_headers->setTabChangesFocus(true);
  m_proxy = new QLineEdit(this);
  m_proxy->setPlaceholderText(tr("none, or e.g. http://proxy.example:3128"));
  // Off unless the user says so: a key over plain http:// to another machine can be read on the way.
  m_insecureHttp = new QCheckBox(tr("Send the key over plain HTTP to a server on another machine (not encrypted)"), this);
  m_insecureHttp->setObjectName(QStringLiteral("allowInsecureHttp"));
  m_insecureHttp->setToolTip(tr("Only for a server on your own network without HTTPS. Keys always go over plain "
                                "HTTP to this computer (localhost) and over HTTPS anywhere."));
  m_connectTimeout = makeSpin(this, 600000, tr(" ms"));
  m_idleTimeout = makeSpin(this, 3600000, tr(" ms"));
  m_totalTimeout = makeSpin(this, 36000000, tr(" ms"));
  m_inputPrice = makePrice(this);
  m_outputPrice = makePrice(this);
  m_rpm = makeSpin(this, 1000000, QString(), tr("unlimited"));
  m_tpm = makeSpin(this, 100000000, QString(), tr("unlimited"));
  m_concurrency = makeSpin(this, 1000, QString(), tr("unlimited"));

  auto* form = new QFormLayout(this);
  form->addRow(tr("&Name:"), m_name);
  form->addRow(tr("&Kind:"), m_kind);
  form->addRow(tr("&Base URL:"), m_baseUrl);
  form->addRow(tr("&Models:"), m_models);
  form->addRow(tr("&Default model:"), m_defaultModel);
  form->addRow(tr("API &version:"), m_apiVersion);
  form->addRow(tr("Key &source:"), m_keySource);
  form->addRow(tr("Key &variable:"), m_keyEnv);
  form->addRow(tr("API &key:"), m_key);
  form->addRow(QString(), m_plainTextOptIn);
  form->addRow(QString(), m_keychainNote);
  form->addRow(tr("Extra &headers:"), m_headers);
  form->addRow(tr("&Proxy:"), m_proxy);
  form->addRow(QString(), m_insecureHttp);
  form->addRow(tr("Timeouts:"), row({new QLabel(tr("connect"), this), m_connectTimeout, new QLabel(tr("idle"), this),
                                      m_idleTimeout, new QLabel(tr("total"), this), m_totalTimeout}));
  form->addRow(tr("Prices per million tokens:"),
               row({new QLabel(tr("input"), this), m_inputPrice, new QLabel(tr("output"), this), m_outputPrice}));
  form->addRow(tr("Limits:"), row({new QLabel(tr("requests/min"), this), m_rpm, new QLabel(tr("tokens/min"), this),
                                    m_tpm, new QLabel(tr("at once"), this), m_concurrency}));

  connect(m_keySource, &QComboBox::currentIndexChanged, this, &ProviderProfileForm::updateKeyFields);
  connect(m_plainTextOptIn, &QCheckBox::toggled, this, &ProviderProfileForm::updateKeyFields);
  connect(m_insecureHttp, &QCheckBox::toggled, this, &ProviderProfileForm::changed);
  for (QLineEdit* edit : {m_name, m_baseUrl, m_models, m_keyEnv, m_key, m_proxy, m_apiVersion})
    connect(edit, &QLineEdit::textEdited, this, &ProviderProfileForm::changed);
  updateKeyFields();
}

void ProviderProfileForm::setProfile(const llm::ProviderProfile& profile, KeySource source) {
  m_loaded = profile;
  m_name->setText(qs(profile.name));
  m_kind->setCurrentIndex(m_kind->findData(QString::fromUtf8(llm::kindName(profile.kind))));
  m_baseUrl->setText(qs(profile.baseUrl));
  QStringList models;
  for (const auto& model : profile.models) models << qs(model);
  m_models->setText(models.join(QStringLiteral(", ")));
  m_defaultModel->clear();
  m_defaultModel->addItems(models);
  m_defaultModel->setCurrentText(qs(profile.defaultModel));
  m_apiVersion->setText(qs(profile.apiVersion));
  m_keyEnv->setText(qs(profile.apiKeyEnv));
  m_key->clear();
  m_plainTextOptIn->setChecked(source == KeySource::PlainTextFile);
  m_keySource->setCurrentIndex(m_keySource->findData(toString(source)));
  m_headers->setPlainText(headerLines(profile.extraHeaders));
  m_proxy->setText(qs(profile.proxy));
  m_insecureHttp->setChecked(profile.allowInsecureHttp);
  m_connectTimeout->setValue(profile.connectTimeoutMs);
  m_idleTimeout->setValue(profile.idleTimeoutMs);
  m_totalTimeout->setValue(profile.totalTimeoutMs);
  m_inputPrice->setValue(profile.inputPricePerMTok);
  m_outputPrice->setValue(profile.outputPricePerMTok);
  m_rpm->setValue(profile.requestsPerMinute);
  m_tpm->setValue(profile.tokensPerMinute);
  m_concurrency->setValue(profile.maxConcurrency);
  updateKeyFields();
}

llm::ProviderProfile ProviderProfileForm::profile() const {
  llm::ProviderProfile p = m_loaded;
  p.name = m_name->text().trimmed().toStdString();
  if (auto kind = llm::kindFromName(m_kind->currentData().toString().toStdString())) p.kind = *kind;
  p.baseUrl = m_baseUrl->text().trimmed().toStdString();
  p.models.clear();
  for (const QString& model : m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
    if (!model.trimmed().isEmpty()) p.models.push_back(model.trimmed().toStdString());
  p.defaultModel = m_defaultModel->currentText().trimmed().toStdString();
  p.apiVersion = m_apiVersion->text().trimmed().toStdString();
  p.apiKeyEnv = m_keyEnv->text().trimmed().toStdString();
  p.extraHeaders = parseHeaders(m_headers->toPlainText());
  p.proxy = m_proxy->text().trimmed().toStdString();
  p.allowInsecureHttp = m_insecureHttp->isChecked();
  p.connectTimeoutMs = m_connectTimeout->value();
  p.idleTimeoutMs = m_idleTimeout->value();
  p.totalTimeoutMs = m_totalTimeout->value();
  p.inputPricePerMTok = m_inputPrice->value();
  p.outputPricePerMTok = m_outputPrice->value();
  p.requestsPerMinute = m_rpm->value();
  p.tokensPerMinute = m_tpm->value();
  p.maxConcurrency = m_concurrency->value();
  return p;
}

KeySource ProviderProfileForm::keySource() const {
  const KeySource source = keySourceFromString(m_keySource->currentData().toString());
  // The file is only ever used with the box ticked: choosing it alone is not consent.
  if (source == KeySource::PlainTextFile && !m_plainTextOptIn->isChecked()) return KeySource::Environment;
  return source;
}

QString ProviderProfileForm::enteredKey() const { return m_key->text().trimmed(); }
void ProviderProfileForm::clearEnteredKey() { m_key->clear(); }

void ProviderProfileForm::setModels(const QStringList& models) {
  const QString chosen = m_defaultModel->currentText();
  m_models->setText(models.join(QStringLiteral(", ")));
  m_defaultModel->clear();
  m_defaultModel->addItems(models);
  m_defaultModel->setCurrentText(chosen.isEmpty() && !models.isEmpty() ? models.first() : chosen);
  emit changed();
}

void ProviderProfileForm::setKeychainAvailability(bool known, bool available, const QString& problem) {
  m_keychainKnown = known;
  m_keychainAvailable = known && available;
  if (auto* model = qobject_cast<QStandardItemModel*>(m_keySource->model())) {
    if (QStandardItem* keychain = model->item(m_keySource->findData(toString(KeySource::Keychain))))
      keychain->setEnabled(!known || available);
  }
  if (!known) {
    m_keychainNote->setText(tr("Checking whether a keychain is available…"));
  } else if (available) {
    m_keychainNote->setText(tr("Keys are kept in the OS keychain; the studio loads them at start."));
  } else {
    m_keychainNote->setText(
        tr("No keychain is available here (%1). Put the key in an environment variable instead: enter its "
           "name under \"Key variable\" and set it before starting Copydesk, e.g. export %2=sk-…")
            .arg(tr("no Secret Service or KWallet answered; the keychain library says: %1")
                     .arg(problem.isEmpty() ? tr("nothing") : problem),
                 m_keyEnv->text().isEmpty() ? QStringLiteral("OPENAI_API_KEY") : m_keyEnv->text()));
  }
  updateKeyFields();
}

QString ProviderProfileForm::keychainNote() const { return m_keychainNote->text(); }

void ProviderProfileForm::updateKeyFields() {
  const KeySource chosen = keySourceFromString(m_keySource->currentData().toString());
  if (chosen == KeySource::Keychain && m_keychainKnown && !m_keychainAvailable) {
    // The keychain cannot hold it here: fall back to what works everywhere.
    const QSignalBlocker block(m_keySource);
    m_keySource->setCurrentIndex(m_keySource->findData(toString(KeySource::Environment)));
  }
  const KeySource source = keySourceFromString(m_keySource->currentData().toString());
  m_plainTextOptIn->setVisible(source == KeySource::PlainTextFile);
  m_plainTextOptIn->setStyleSheet(QStringLiteral("color: #b35c00"));
  const bool storesKey = (source == KeySource::Keychain) ||
                         (source == KeySource::PlainTextFile && m_plainTextOptIn->isChecked());
  m_key->setEnabled(storesKey);
  m_key->setToolTip(storesKey ? QString()
                              : tr("With an environment variable the studio stores no key: set the variable "
                                   "before starting Copydesk."));
}

}  // namespace copydesk::ui
