import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { ArticlePage } from './article-page';

bootstrapApplication(ArticlePage, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
