#include "ui/audio_panel.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaFormat>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include "net/api_client.h"

namespace concord::app {

AudioPanel::AudioPanel(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  picker_ = new QComboBox;
  play_ = new QPushButton(tr("Play"));
  play_->setObjectName(QStringLiteral("playAudio"));
  play_->setFocusPolicy(Qt::NoFocus);
  position_ = new QSlider(Qt::Horizontal);
  position_->setEnabled(false);
  status_ = new QLabel;
  status_->setWordWrap(true);
  auto* row = new QHBoxLayout;
  row->addWidget(picker_, 1);
  row->addWidget(play_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(position_);
  layout->addWidget(status_);
  layout->addStretch();
  connect(play_, &QPushButton::clicked, this, &AudioPanel::togglePlay);
  connect(picker_, &QComboBox::currentIndexChanged, this, [this](int) {
    if (player_) player_->stop();
    updateButton();
  });
}

void AudioPanel::setRecordings(qint64 caseId, const QVector<CaseMedia>& recordings) {
  if (player_) player_->stop();
  caseId_ = caseId;
  recordings_ = recordings;
  loaded_ = -1;
  picker_->clear();
  for (int i = 0; i < recordings.size(); ++i) picker_->addItem(tr("Recording %1 (%2)").arg(i + 1).arg(recordings[i].mimeType));
  status_->setText(recordings.isEmpty() ? tr("This case has no audio.") : QString());
  updateButton();
}

QString AudioPanel::statusText() const { return status_->text(); }

void AudioPanel::togglePlay() {
  const int index = picker_->currentIndex();
  if (index < 0) return;
  if (player_ && loaded_ == index) {
    if (player_->playbackState() == QMediaPlayer::PlayingState) player_->pause();
    else player_->play();
    return;
  }
  load(index);
}

void AudioPanel::load(int index) {
  status_->setText(tr("Loading recording…"));
  play_->setEnabled(false);
  const qint64 caseId = caseId_;
  api_->getBytes(recordings_[index].url, this, [this, caseId, index](const ApiReply& reply) {
    if (caseId != caseId_) return;
    play_->setEnabled(true);
    if (!reply.ok) {
      status_->setText(reply.error.message);
      return;
    }
    if (!player_) {
      // Qt 6.4's GStreamer backend crashes constructing a player when the GStreamer base
      // plugins are missing; it then also reports no decodable format, which is checked first.
      if (QMediaFormat().supportedFileFormats(QMediaFormat::Decode).isEmpty()) {
        status_->setText(tr("This recording cannot be played on this computer (no audio playback support)."));
        return;
      }
      player_ = new QMediaPlayer(this);
      output_ = new QAudioOutput(this);
      player_->setAudioOutput(output_);
      connect(player_, &QMediaPlayer::playbackStateChanged, this, &AudioPanel::updateButton);
      connect(player_, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        position_->setRange(0, static_cast<int>(ms));
        position_->setEnabled(ms > 0);
      });
      connect(player_, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!position_->isSliderDown()) position_->setValue(static_cast<int>(ms));
      });
      connect(position_, &QSlider::sliderMoved, player_, [this](int ms) { player_->setPosition(ms); });
      connect(player_, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& text) {
        qWarning("concord: audio playback failed: %s", qPrintable(text));
        status_->setText(tr("This recording cannot be played on this computer (no audio playback support)."));
      });
    }
    player_->stop();
    delete buffer_;
    buffer_ = new QBuffer(this);
    buffer_->setData(reply.raw);
    buffer_->open(QIODevice::ReadOnly);
    player_->setSourceDevice(buffer_, QUrl(QStringLiteral("recording")));
    loaded_ = index;
    status_->clear();
    player_->play();
  });
}

void AudioPanel::updateButton() {
  const bool playing = player_ && player_->playbackState() == QMediaPlayer::PlayingState &&
                       loaded_ == picker_->currentIndex();
  play_->setText(playing ? tr("Pause") : tr("Play"));
  play_->setEnabled(!recordings_.isEmpty());
}

}  // namespace concord::app
