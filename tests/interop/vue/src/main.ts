import { createApp } from 'vue';
import 'news-elements/define';
import App from './App.vue';

createApp(App).mount('#app');
