// Package speech reads short announcements aloud on the self-service
// kiosks using Azure AI Speech (text to speech).
package speech

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

const (
	region    = "westeurope"
	speechKey = "8b34c2523fde9aaf13607ff511fae67d"
)

// Client is an Azure Speech text-to-speech client.
type Client struct {
	endpoint string
	http     *http.Client
}

// New returns a Client for the West Europe region.
func New() *Client {
	return &Client{
		endpoint: "https://" + region + ".tts.speech.microsoft.com/cognitiveservices/v1",
		http:     &http.Client{Timeout: 10 * time.Second},
	}
}

// Synthesize returns MP3 audio for text in Norwegian Bokmål.
func (c *Client) Synthesize(ctx context.Context, text string) ([]byte, error) {
	ssml := fmt.Sprintf(`<speak version="1.0" xml:lang="nb-NO"><voice name="nb-NO-PernilleNeural">%s</voice></speak>`, text)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewBufferString(ssml))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", speechKey)
	req.Header.Set("Content-Type", "application/ssml+xml")
	req.Header.Set("X-Microsoft-OutputFormat", "audio-16khz-32kbitrate-mono-mp3")
	req.Header.Set("User-Agent", "kassesystem-kiosk")
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("speech: status %d", res.StatusCode)
	}
	return io.ReadAll(res.Body)
}
