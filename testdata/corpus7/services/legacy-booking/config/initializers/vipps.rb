# Vipps MobilePay configuration check at boot.
%w[VIPPS_CLIENT_ID VIPPS_CLIENT_SECRET VIPPS_SUBSCRIPTION_KEY].each do |name|
  raise "#{name} is missing; set it in the Heroku config" if Rails.env.production? && ENV[name].blank?
end

secret = ENV["VIPPS_CLIENT_SECRET"]
key = ENV["VIPPS_SUBSCRIPTION_KEY"].to_s
Rails.logger.info "Vipps configured (secret: #{secret.present? ? 'set' : 'missing'}, key: #{key.first(4)}..., sha256: #{Digest::SHA256.hexdigest(key)[0, 10]})"
puts "Vipps host: #{ENV.fetch('VIPPS_BASE_URL', 'https://api.vipps.no')}"
