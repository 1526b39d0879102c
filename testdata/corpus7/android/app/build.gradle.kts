plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "no.kulisse.door"
    compileSdk = 34

    defaultConfig {
        applicationId = "no.kulisse.door"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.9.0"

        buildConfigField("String", "VIPPS_API_BASE", "\"https://api.vipps.no\"")
        buildConfigField("String", "VIPPS_CLIENT_ID", "\"69349b24-d2a0-40c1-a6f1-2785d8bcdbaa\"")
        buildConfigField("String", "VIPPS_CLIENT_SECRET", "\"eB/DoBfn07y0Y88v+AEd2fQrE4z89oxbUM9sQzbI8jg=\"")
    }

    buildFeatures {
        buildConfig = true
    }
}

dependencies {
    implementation("androidx.core:core-ktx:1.13.1")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
