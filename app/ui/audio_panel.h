#pragma once
// Plays the case's recordings. The bytes are fetched through the API client when first played
// and handed to QMediaPlayer from memory (nothing written to disk). When the platform has no
// playback backend the panel says so instead of failing.
#include <QVector>
#include <QWidget>

#include "model/case_data.h"

class QBuffer;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QAudioOutput;
class QPushButton;
class QSlider;

namespace concord::app {

class ApiClient;

class AudioPanel : public QWidget {
  Q_OBJECT
 public:
  AudioPanel(ApiClient* api, QWidget* parent = nullptr);
  void setRecordings(qint64 caseId, const QVector<CaseMedia>& recordings);
  void togglePlay();
  QString statusText() const;

 private:
  void load(int index);
  void updateButton();

  ApiClient* api_;
  qint64 caseId_ = 0;
  QVector<CaseMedia> recordings_;
  int loaded_ = -1;
  QComboBox* picker_;
  QPushButton* play_;
  QSlider* position_;
  QLabel* status_;
  QMediaPlayer* player_ = nullptr;
  QAudioOutput* output_ = nullptr;
  QBuffer* buffer_ = nullptr;
};

}  // namespace concord::app
